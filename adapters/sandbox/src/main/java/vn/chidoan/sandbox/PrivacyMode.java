package vn.chidoan.sandbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.ChatKind;

/**
 * Telegram's privacy mode for the sandbox's bot ({@code sandbox_settings}), on unless switched off in
 * the page, as BotFather leaves it. With it on, a group hands the bot only what Telegram would: commands
 * (also as a file's caption) and replies to the bot's own messages; button presses and the bot being
 * added or removed always reach it. Everything else said in a group stays between the people there, so
 * the sandbox never teaches a habit (an ordinary group message answering a question of the bot) that
 * Telegram would not carry. Private chats always reach the bot.
 */
final class PrivacyMode {
    static final String COLLECTION = "sandbox_settings";
    private static final String ID = "bot";
    private static final String FIELD = "privacyMode";
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]");

    private final MongoTemplate mongo;

    PrivacyMode(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    boolean on() {
        Document settings = mongo.findById(ID, Document.class, COLLECTION);
        return settings == null || settings.getBoolean(FIELD, true);
    }

    void set(boolean on) {
        mongo.upsert(query(where("_id").is(ID)), new Update().set(FIELD, on), COLLECTION);
    }

    /** Whether the bot gets what was said: in a private chat always, in a group as Telegram decides. */
    boolean delivers(ChatKind kind, String text, SandboxView.Message repliedTo) {
        if (kind != ChatKind.GROUP) {
            return true;
        }
        return COMMAND.matcher(text).find() || (repliedTo != null && repliedTo.from() == null) || !on();
    }
}
