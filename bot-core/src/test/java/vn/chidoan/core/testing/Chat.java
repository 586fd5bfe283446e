package vn.chidoan.core.testing;

import vn.chidoan.core.kernel.chat.Attachment;
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
    private final boolean replyingToBot;

    Chat(TestBot bot, ChatRef chat, ChatKind kind, Speaker who) {
        this(bot, chat, kind, who, null, false);
    }

    private Chat(TestBot bot, ChatRef chat, ChatKind kind, Speaker who, Speaker replyingTo, boolean replyingToBot) {
        this.bot = bot;
        this.chat = chat;
        this.kind = kind;
        this.who = who;
        this.replyingTo = replyingTo;
        this.replyingToBot = replyingToBot;
    }

    /** The same person, now answering (replying to) a message of {@code author}. */
    public Chat replyingTo(Speaker author) {
        return new Chat(bot, chat, kind, who, author, false);
    }

    /** The same person, now answering (replying to) one of the bot's messages. */
    public Chat replyingToBot() {
        return new Chat(bot, chat, kind, who, null, true);
    }

    /**
     * Says {@code text}; a command naming this bot ({@code /lenh@}{@link TestBot#BOT_USERNAME}) arrives
     * as adapters hand it on: without the name, marked as naming the bot.
     */
    public Turn says(String text) {
        String replyTo = replyingTo == null && !replyingToBot ? null : bot.nextMessageId();
        String suffix = "@" + TestBot.BOT_USERNAME;
        int named = text.startsWith("/") ? text.split("\\s", 2)[0].indexOf(suffix) : -1;
        String said = named < 0 ? text : text.substring(0, named) + text.substring(named + suffix.length());
        return bot.handle(new Inbound.MessageReceived(chat, kind, who, said, null, bot.nextMessageId(), replyingToBot,
                replyTo, null, replyingTo, named >= 0));
    }

    /** Sends a file with {@code caption} (null: none), as a document message carries it. */
    public Turn sends(Attachment file, String caption) {
        return bot.handle(new Inbound.MessageReceived(chat, kind, who, caption == null ? "" : caption, null,
                bot.nextMessageId(), false, null,
                file));
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
