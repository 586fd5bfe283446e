package vn.chidoan.core.kernel.chat;

import java.util.List;

/**
 * A platform event translated into the chat contract. Adapters produce these and nothing else;
 * the pipeline's {@code InboundRouter} decides what they mean.
 */
public sealed interface Inbound
        permits Inbound.MessageReceived, Inbound.ButtonPressed, Inbound.BotMembershipChanged,
        Inbound.ChatMigrated, Inbound.PollAnswered, Inbound.PollCounted {

    ChatRef chat();

    /**
     * A text (or a caption with a file) said in a chat.
     *
     * @param threadId        forum topic or thread to answer in, or null
     * @param messageId       the platform's id of this message
     * @param replyToBot      the message replies to one the bot sent
     * @param replyToMessageId id of the message replied to, or null
     * @param attachment      a file or photo sent with it, or null
     * @param repliedTo       who wrote the message replied to (for {@code /bch_them} said in reply to
     *                        a member), or null
     * @param namesBot        the text named this bot ({@code /lenh@TenBot}, which the adapter brought to
     *                        {@code /lenh}): in a group it is said to the bot, not to other bots there
     */
    record MessageReceived(ChatRef chat, ChatKind kind, Speaker from, String text, String threadId,
            String messageId, boolean replyToBot, String replyToMessageId, Attachment attachment,
            Speaker repliedTo, boolean namesBot) implements Inbound {

        /** A message that does not name the bot. */
        public MessageReceived(ChatRef chat, ChatKind kind, Speaker from, String text, String threadId,
                String messageId, boolean replyToBot, String replyToMessageId, Attachment attachment,
                Speaker repliedTo) {
            this(chat, kind, from, text, threadId, messageId, replyToBot, replyToMessageId, attachment, repliedTo,
                    false);
        }

        /** A message that does not say who wrote the message it replies to. */
        public MessageReceived(ChatRef chat, ChatKind kind, Speaker from, String text, String threadId,
                String messageId, boolean replyToBot, String replyToMessageId, Attachment attachment) {
            this(chat, kind, from, text, threadId, messageId, replyToBot, replyToMessageId, attachment, null, false);
        }

        /** Said to this bot: in a private chat, naming the bot, or in reply to one of its messages. */
        public boolean saidToBot() {
            return kind == ChatKind.PRIVATE || namesBot || replyToBot;
        }
    }

    /**
     * A press on a button the bot showed. {@code data} is what the bot put in the button; it is a
     * request, never a proof: handlers re-check the presser's role.
     */
    record ButtonPressed(ChatRef chat, ChatKind kind, Speaker from, String data, String messageId,
            String threadId, String callbackId) implements Inbound {
    }

    /** The bot was added to, promoted in, removed from a chat, or blocked in a private chat. */
    record BotMembershipChanged(ChatRef chat, ChatKind kind, String chatTitle, Speaker by, BotStatus status)
            implements Inbound {
    }

    /** A group became a supergroup: the branch's chat now has a new id. */
    record ChatMigrated(ChatRef chat, ChatRef to) implements Inbound {
    }

    /**
     * Someone answered a native poll of the bot's that names its voters (Telegram's {@code poll_answer}):
     * {@code pollRef} is the platform's id of the poll, {@code options} the positions chosen (empty: they
     * took their vote back). Such an answer comes from no chat: {@code chat} is the voter's private chat.
     */
    record PollAnswered(ChatRef chat, Speaker from, String pollRef, List<Integer> options) implements Inbound {
        public PollAnswered {
            options = List.copyOf(options);
        }
    }

    /**
     * A native poll's counts as its platform now has them (Telegram's {@code poll} update, for the bot's
     * own polls): all an anonymous poll ever tells, one count per option, and whether it is closed. It
     * comes from no chat: {@link #chat()} names the poll itself ({@code poll:<id>}), which nothing can be
     * sent to.
     */
    record PollCounted(Platform platform, String pollRef, List<Integer> counts, boolean closed) implements Inbound {
        public PollCounted {
            counts = List.copyOf(counts);
        }

        @Override
        public ChatRef chat() {
            return new ChatRef(platform, "poll:" + pollRef);
        }
    }

    enum BotStatus {
        ADDED, PROMOTED, REMOVED, BLOCKED, UNBLOCKED
    }
}
