package vn.chidoan.core.kernel.chat;

import java.util.List;
import java.util.Objects;

/**
 * A poll the platform draws itself (Telegram's {@code sendPoll}), where {@link Capabilities#nativePolls}
 * says it can: the question, 2 to {@link #MAX_OPTIONS} options, whether one may pick several, whether
 * the platform keeps who chose what from the bot ({@code anonymous}: then it reports only counts). A
 * poll message that edits an earlier one with {@code closed} set stops it ({@code stopPoll}).
 */
public record ChatPoll(String question, List<String> options, boolean multipleAnswers, boolean anonymous,
        boolean closed) {
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_OPTION = 100;

    public ChatPoll {
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("a poll has 2 to " + MAX_OPTIONS + " options: " + options);
        }
    }

    /** The same poll, stopped: no more answers. */
    public ChatPoll stopped() {
        return new ChatPoll(question, options, multipleAnswers, anonymous, true);
    }
}
