package vn.chidoan.app.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds Telegram {@code Update} bodies the way the Bot API sends them, with fresh update ids, so a
 * scenario reads as what people do: a person says something in a chat, presses a button, adds, kicks,
 * blocks or unblocks the bot.
 */
final class Updates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong UPDATE_IDS = new AtomicLong(900_000);
    private static final AtomicLong MESSAGE_IDS = new AtomicLong(5_000);

    private Updates() {
    }

    /** A Telegram user, as {@code from} shows them. */
    record Person(long id, String firstName, String lastName) {
        ObjectNode json() {
            ObjectNode from = JSON.createObjectNode();
            from.put("id", id).put("is_bot", false).put("first_name", firstName);
            if (lastName != null) {
                from.put("last_name", lastName);
            }
            return from.put("language_code", "vi");
        }
    }

    static long nextUpdateId() {
        return UPDATE_IDS.incrementAndGet();
    }

    static String privateText(Person who, String text) {
        return message(who, privateChat(who), text, null).toString();
    }

    /** A document sent in the person's private chat, with {@code caption} (a command, marked as one). */
    static String privateDocument(Person who, String fileId, String fileName, String caption) {
        ObjectNode update = message(who, privateChat(who), caption, null);
        ObjectNode message = (ObjectNode) update.get("message");
        message.remove("text");
        message.put("caption", caption);
        if (message.has("entities")) {
            message.set("caption_entities", message.remove("entities"));
        }
        message.putObject("document").put("file_id", fileId).put("file_unique_id", "u-" + fileId)
                .put("file_name", fileName).put("mime_type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return update.toString();
    }

    static String groupText(Person who, long chatId, String text) {
        return message(who, group(chatId), text, null).toString();
    }

    /** A message in the group replying to {@code repliedTo}'s earlier message. */
    static String groupReply(Person who, long chatId, String text, Person repliedTo) {
        ObjectNode replied = JSON.createObjectNode();
        replied.put("message_id", MESSAGE_IDS.incrementAndGet()).set("from", repliedTo.json());
        replied.set("chat", group(chatId));
        replied.put("date", 1_760_000_000).put("text", "...");
        return message(who, group(chatId), text, replied).toString();
    }

    static String press(Person who, long chatId, String messageId, String data) {
        ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdateId());
        ObjectNode callback = update.putObject("callback_query");
        callback.put("id", "cb" + UPDATE_IDS.get()).set("from", who.json());
        ObjectNode message = callback.putObject("message");
        message.put("message_id", Long.parseLong(messageId)).put("date", 1_760_000_000).put("text", "...");
        message.set("chat", chatId > 0 ? privateChat(who) : group(chatId));
        callback.put("chat_instance", "42").put("data", data);
        return update.toString();
    }

    static String botAdded(Person by, long chatId, long botId, String botUsername) {
        return botInGroup(by, chatId, botId, botUsername, "left", "member");
    }

    /** {@code my_chat_member} in a group: the bot's status went from {@code before} to {@code after}. */
    static String botInGroup(Person by, long chatId, long botId, String botUsername, String before, String after) {
        return botStatus(by, group(chatId), botId, botUsername, before, after);
    }

    /** {@code my_chat_member} in the person's private chat: "kicked" after is a block, "member" after it an unblock. */
    static String botInPrivate(Person who, long botId, String botUsername, String before, String after) {
        return botStatus(who, privateChat(who), botId, botUsername, before, after);
    }

    private static String botStatus(Person by, ObjectNode chat, long botId, String botUsername, String before,
            String after) {
        ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdateId());
        ObjectNode change = update.putObject("my_chat_member");
        change.set("chat", chat);
        change.set("from", by.json());
        change.put("date", 1_760_000_000);
        change.set("old_chat_member", member(botId, botUsername, before));
        change.set("new_chat_member", member(botId, botUsername, after));
        return update.toString();
    }

    /** The service message Telegram posts in the old group when it becomes a supergroup. */
    static String migratedTo(Person by, long oldChatId, long newChatId) {
        ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdateId());
        ObjectNode message = update.putObject("message");
        message.put("message_id", MESSAGE_IDS.incrementAndGet()).set("from", by.json());
        message.set("chat", group(oldChatId));
        message.put("date", 1_760_000_000).put("migrate_to_chat_id", newChatId);
        return update.toString();
    }

    private static ObjectNode message(Person who, ObjectNode chat, String text, ObjectNode replyTo) {
        ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdateId());
        ObjectNode message = update.putObject("message");
        message.put("message_id", MESSAGE_IDS.incrementAndGet()).set("from", who.json());
        message.set("chat", chat);
        message.put("date", 1_760_000_000).put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            ObjectNode entity = message.putArray("entities").addObject();
            entity.put("offset", 0).put("length", end < 0 ? text.length() : end).put("type", "bot_command");
        }
        if (replyTo != null) {
            message.set("reply_to_message", replyTo);
        }
        return update;
    }

    private static ObjectNode privateChat(Person who) {
        ObjectNode chat = JSON.createObjectNode();
        return chat.put("id", who.id()).put("first_name", who.firstName()).put("type", "private");
    }

    private static ObjectNode group(long chatId) {
        ObjectNode chat = JSON.createObjectNode();
        return chat.put("id", chatId).put("title", "Chi đoàn thử nghiệm")
                .put("type", String.valueOf(chatId).startsWith("-100") ? "supergroup" : "group");
    }

    private static ObjectNode member(long botId, String username, String status) {
        ObjectNode member = JSON.createObjectNode();
        member.putObject("user").put("id", botId).put("is_bot", true).put("first_name", "Chi Đoàn Số")
                .put("username", username);
        return member.put("status", status);
    }
}
