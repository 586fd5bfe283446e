package vn.chidoan.core.kernel.inbound;

import java.time.Instant;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * An event this instance has just stored, handed to its lane in memory with all that handling needs,
 * so the lane reads nothing back; recovery finds the stored copy if this one is lost with a crash.
 */
record Accepted(Platform platform, String key, String lane, String payload, Instant receivedAt) {
}
