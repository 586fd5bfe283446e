package vn.chidoan.core.kernel.outbox;

import java.time.Duration;
import java.util.function.Function;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * Port: sends one outbox entry on one platform and classifies the answer. Implemented by each
 * adapter; called only by the outbox's dispatcher.
 */
public interface PlatformSender {
    Platform platform();

    SendOutcome send(OutboxEntry entry);

    /**
     * How many of the platform's paced calls {@link #send} makes for the entry (a long text in parts, a
     * file and then its text): the pace holds a place for each before the first goes.
     */
    default int calls(OutboxEntry entry) {
        return 1;
    }

    /** The platform's pace: how many sends overall, and how many to one chat, in any window of time. */
    Pacing pacing();

    /**
     * A platform's limits as sliding windows, the way the platform counts them: {@code overall} for
     * every send of the bot (Telegram: 30 in any second), {@code perChat} for the messages to one chat
     * (Telegram: 20 in any minute to a group, one a second to a person).
     */
    record Pacing(Limit overall, Function<ChatRef, Limit> perChat) {

        /** {@code perSecond} sends overall (0: no limit), and at least {@code gapPerChat} between two to one chat. */
        public Pacing(int perSecond, Function<ChatRef, Duration> gapPerChat) {
            this(new Limit(perSecond, Duration.ofSeconds(1)),
                    chat -> new Limit(1, gapPerChat == null ? Duration.ZERO : gapPerChat.apply(chat)));
        }
    }

    /** At most {@code count} sends in any window of {@code per}; a count of 0 or less is no limit. */
    record Limit(int count, Duration per) {
        public Limit {
            per = per == null || per.isNegative() ? Duration.ZERO : per;
        }

        public boolean limits() {
            return count > 0 && !per.isZero();
        }
    }
}
