package vn.chidoan.telegram;

import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.Priority;

/** Chats, entries and texts the sender tests share. */
final class Outgoing {
    static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-1001234567890");
    static final ChatRef PRIVATE = new ChatRef(Platform.TELEGRAM, "1107771830");

    private Outgoing() {
    }

    static OutboxEntry message(ChatRef chat, OutgoingMessage message) {
        return new OutboxEntry("key:" + chat.id(), chat, OutboxEntry.Kind.MESSAGE, message, null, null,
                Priority.INTERACTIVE, 0);
    }

    static OutboxEntry text(ChatRef chat, String markup) {
        return message(chat, OutgoingMessage.text(new RichText(markup)));
    }

    static OutboxEntry buttonAnswer(String callbackId, String toast) {
        return new OutboxEntry("in:k:1", GROUP, OutboxEntry.Kind.BUTTON_ANSWER, null, callbackId, toast,
                Priority.INTERACTIVE, 0);
    }

    /** 200 numbered lines, about 10,000 characters: three Telegram messages. */
    static String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append(i == 0 ? "" : "\n").append(String.format("%03d ", i)).append("đoàn viên ".repeat(4))
                    .append("x".repeat(4));
        }
        return text.toString();
    }
}
