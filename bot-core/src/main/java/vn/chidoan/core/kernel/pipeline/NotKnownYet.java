package vn.chidoan.core.kernel.pipeline;

/**
 * An event names something the bot has not recorded yet but will in a moment (a Telegram
 * {@code poll_answer} for a native poll whose delivery is still being recorded). Thrown by a listener,
 * it fails the attempt without a word to the person (they did nothing wrong): the inbound attempts try
 * the event again a moment later, and after the last one keep it as FAILED with this reason.
 */
public class NotKnownYet extends RuntimeException {
    public NotKnownYet(String what) {
        super(what + " is not known (yet)", null, false, false);
    }
}
