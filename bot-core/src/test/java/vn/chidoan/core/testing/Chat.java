package vn.chidoan.core.testing;

import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Speaker;

/** One person in one chat of a {@link TestBot}: what they say and press there. */
public final class Chat {
    private final TestBot bot;
    private final ChatRef chat;
    private final ChatKind kind;
    private final Speaker who;
    private final Speaker replyingTo;

    Chat(TestBot bot, ChatRef chat, ChatKind kind, Speaker who) {
        this(bot, chat, kind, who, null);
    }

    private Chat(TestBot bot, ChatRef chat, ChatKind kind, Speaker who, Speaker replyingTo) {
        this.bot = bot;
        this.chat = chat;
        this.kind = kind;
        this.who = who;
        this.replyingTo = replyingTo;
    }

    /** The same person, now answering (replying to) a message of {@code author}. */
    public Chat replyingTo(Speaker author) {
        return new Chat(bot, chat, kind, who, author);
    }

    public Turn says(String text) {
        String replyTo = replyingTo == null ? null : bot.nextMessageId();
        return bot.handle(new Inbound.MessageReceived(chat, kind, who, text, null, bot.nextMessageId(), false,
                replyTo, null, replyingTo));
    }

    public Turn presses(String data) {
        return bot.handle(new Inbound.ButtonPressed(chat, kind, who, data, bot.nextMessageId(), null,
                "cb-" + bot.nextMessageId()));
    }

    /** Opens a start link of the bot, as tapping it does: {@code /start <payload>} in the private chat. */
    public Turn opens(String link) {
        return bot.inPrivate(who).says("/start " + FakeDeepLinks.payloadOf(link));
    }

    public ChatRef ref() {
        return chat;
    }
}
