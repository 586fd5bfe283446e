package vn.chidoan.core.kernel.outbox;

import java.time.Duration;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * Port: sends one outbox entry on one platform and classifies the answer. Implemented by each
 * adapter; called only by the outbox's dispatcher.
 */
public interface PlatformSender {
    Platform platform();

    SendOutcome send(OutboxEntry entry);

    /** The platform's pace: messages per second overall, and the least gap between two to one chat. */
    Pacing pacing();

    record Pacing(int perSecond, java.util.function.Function<ChatRef, Duration> gapPerChat) {
    }
}
