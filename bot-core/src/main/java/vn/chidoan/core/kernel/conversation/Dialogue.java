package vn.chidoan.core.kernel.conversation;

import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * One active dialogue as a {@link Flow} step sees it: who, where it stands, and a way to answer.
 * {@code caller} is the speaker on the dialogue's own unit, with the role they hold there now: a step
 * that acts uses {@code caller.unit()}, the unit fixed when the dialogue started.
 */
public record Dialogue<S>(Caller caller, S state, Replies replies) {
}
