package vn.chidoan.app.testing;

import java.util.concurrent.atomic.AtomicLong;

/** Telegram updates as a whole app's webhook gets them, for crash tests and benchmarks: a person's private text, a button press. */
public final class TelegramUpdates {
    private static final AtomicLong IDS = new AtomicLong(1);

    private TelegramUpdates() {
    }

    /** {@code text} (a command first) from {@code person} in their private chat. */
    public static String privateText(long messageId, long person, String text) {
        int command = text.split("[ \n]", 2)[0].length();
        return "{\"update_id\":" + IDS.incrementAndGet() + ",\"message\":{\"message_id\":" + messageId
                + ",\"date\":1760000000,\"from\":{\"id\":" + person + ",\"is_bot\":false,\"first_name\":\"Lan\","
                + "\"language_code\":\"vi\"},\"chat\":{\"id\":" + person + ",\"first_name\":\"Lan\",\"type\":"
                + "\"private\"},\"text\":\"" + text.replace("\n", "\\n") + "\",\"entities\":[{\"offset\":0,"
                + "\"length\":" + command + ",\"type\":\"bot_command\"}]}}";
    }

    /** {@code person} presses the button {@code data} under the bot's message {@code messageId} in their private chat. */
    public static String press(long person, String messageId, String data) {
        long id = IDS.incrementAndGet();
        return "{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cb" + id + "\",\"from\":{\"id\":" + person
                + ",\"is_bot\":false,\"first_name\":\"Bí thư\",\"language_code\":\"vi\"},"
                + "\"message\":{\"message_id\":" + messageId + ",\"date\":1760000000,\"chat\":{\"id\":" + person
                + ",\"first_name\":\"Bí thư\",\"type\":\"private\"},\"text\":\"…\"},\"chat_instance\":\"1\","
                + "\"data\":\"" + data + "\"}}";
    }
}
