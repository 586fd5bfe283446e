package vn.chidoan.core.kernel.chat;

import java.time.Duration;
import java.util.List;

/**
 * What a platform can do, so the core degrades instead of breaking: Messenger has no groups and edits
 * nothing, at most three buttons under a message (thirteen quick replies, titles of twenty characters)
 * and a 24-hour messaging window; Telegram edits a message's text and its photo or file in place
 * ({@code editMessageText}, {@code editMessageMedia}) and splits text at 4,096 characters.
 *
 * @param edits           whether a message the bot sent can be edited in place: its text and buttons
 * @param editsMedia      whether its photo or file can be replaced in place too (an outgoing message
 *                        with a file that edits another); where not, such a message goes out anew
 * @param maxChoices      how many pressable choices one message can offer (Messenger's quick replies)
 * @param messagingWindow how long after a person's last message the bot may write to them freely in
 *                        their private chat; null where the platform has no such rule
 * @param writesFirst     whether the bot may write first to a person who never wrote to it (only the
 *                        sandbox: Telegram refuses with a 403 until the person starts the bot, and a
 *                        Messenger chat exists only once the person writes)
 * @param nativePolls     whether the platform draws a poll itself ({@link ChatPoll}: Telegram's
 *                        {@code sendPoll}); elsewhere a poll is a message with a button per option
 */
public record Capabilities(boolean groups, boolean edits, boolean editsMedia, int maxTextLength, int maxButtons,
        int maxButtonLabel, int maxChoices, Duration messagingWindow, boolean writesFirst, boolean nativePolls) {

    public static final Duration MESSENGER_WINDOW = Duration.ofHours(24);

    /**
     * A platform with no messaging window and no polls of its own, whose choices are its buttons, where
     * people write first.
     */
    public Capabilities(boolean groups, boolean edits, boolean editsMedia, int maxTextLength, int maxButtons,
            int maxButtonLabel) {
        this(groups, edits, editsMedia, maxTextLength, maxButtons, maxButtonLabel, maxButtons, null, false, false);
    }

    public static Capabilities of(Platform platform) {
        return switch (platform) {
            case TELEGRAM -> new Capabilities(true, true, true, 4096, 100, 64, 100, null, false, true);
            case MESSENGER -> new Capabilities(false, false, false, 2000, 3, 20, 13, MESSENGER_WINDOW, false, false);
            case SANDBOX -> new Capabilities(true, true, true, 4096, 100, 64, 100, null, true, false);
        };
    }

    public boolean hasWindow() {
        return messagingWindow != null;
    }

    /**
     * Whether the platform offers choices other than its buttons (Messenger's quick replies), and so may
     * have to list them as numbers to type; where choices are buttons, every choice is a button.
     */
    public boolean mayListChoices() {
        return maxChoices > maxButtons;
    }

    /**
     * Whether these buttons' requests cannot all be shown as pressable choices, so the platform lists
     * them numbered (in row order) for the person to type the number: more than {@link #maxChoices} of
     * them, or a label longer than {@link #maxButtonLabel}, unless all of them fit under the message as
     * buttons. Never on a platform whose choices are its buttons.
     */
    public boolean typedChoices(List<List<Button>> rows) {
        if (!mayListChoices() || buttonsFit(rows)) {
            return false;
        }
        List<Button> requests = rows.stream().flatMap(List::stream).filter(b -> b.data() != null).toList();
        return !requests.isEmpty() && (requests.size() > maxChoices || !requests.stream().allMatch(this::fits));
    }

    /** Whether all these buttons fit under one message as they are: few enough, with short enough labels. */
    public boolean buttonsFit(List<List<Button>> rows) {
        List<Button> all = rows.stream().flatMap(List::stream).toList();
        return all.size() <= maxButtons && all.stream().allMatch(this::fits);
    }

    private boolean fits(Button button) {
        return button.label().length() <= maxButtonLabel;
    }
}
