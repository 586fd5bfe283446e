package vn.chidoan.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Speaker;

/**
 * A Telegram message into a {@link Inbound.MessageReceived} (text, caption, document or photo) or a
 * {@link Inbound.ChatMigrated}; service messages and content the bot does not read give nothing.
 */
final class MessageDecoder {
    /** Telegram re-encodes every photo it stores as JPEG. */
    private static final String PHOTO_MIME = "image/jpeg";

    private final BotIdentity bot;

    MessageDecoder(BotIdentity bot) {
        this.bot = bot;
    }

    List<Inbound> decode(Message message) {
        if (message.getMigrateToChatId() != null) {
            return List.of(new Inbound.ChatMigrated(TelegramRefs.chat(message.getChat()),
                    TelegramRefs.chat(message.getMigrateToChatId())));
        }
        Optional<ChatKind> kind = TelegramRefs.kind(message.getChat());
        Attachment attachment = attachment(message);
        String raw = message.getText() != null ? message.getText() : message.getCaption();
        if (kind.isEmpty() || (raw == null && attachment == null) || (message.getFrom() == null
                && message.getSenderChat() == null)) {
            return List.of();
        }
        List<MessageEntity> entities = message.getText() != null ? message.getEntities()
                : message.getCaptionEntities();
        Optional<String> text = raw == null ? Optional.of("") : CommandText.normalize(raw, entities, bot);
        if (text.isEmpty()) {
            return List.of();
        }
        Message replyTo = realReply(message);
        boolean namesBot = raw != null && !raw.equals(text.get()); // only our own name is ever taken out
        return List.of(new Inbound.MessageReceived(TelegramRefs.chat(message.getChat()), kind.get(),
                TelegramRefs.speaker(message.getFrom(), message.getSenderChat()), text.get(), threadId(message),
                message.getMessageId().toString(), replyTo != null && bot.isUs(replyTo.getFrom()),
                replyTo == null ? null : replyTo.getMessageId().toString(), attachment, author(replyTo), namesBot));
    }

    /** Who wrote the message replied to, for commands said in reply to a member; null for the bot's own. */
    private Speaker author(Message replyTo) {
        if (replyTo == null || (replyTo.getFrom() == null && replyTo.getSenderChat() == null)
                || bot.isUs(replyTo.getFrom())) {
            return null;
        }
        return TelegramRefs.speaker(replyTo.getFrom(), replyTo.getSenderChat());
    }

    /** The forum topic a message belongs to, where answers go. */
    static String threadId(Message message) {
        return message.isTopicMessage() && message.getMessageThreadId() != null
                ? message.getMessageThreadId().toString() : null;
    }

    /**
     * The message this one answers. In a forum topic every message "replies" to the topic's opening
     * service message; that is not a reply.
     */
    private static Message realReply(Message message) {
        Message reply = message.getReplyToMessage();
        if (reply == null || reply.getForumTopicCreated() != null) {
            return null;
        }
        boolean topicOpener = message.isTopicMessage() && reply.getMessageId().equals(message.getMessageThreadId());
        return topicOpener ? null : reply;
    }

    private static Attachment attachment(Message message) {
        Document document = message.getDocument();
        if (document != null) {
            return Attachment.inbound(Attachment.Kind.DOCUMENT, document.getFileId(), document.getFileName(),
                    document.getMimeType());
        }
        List<PhotoSize> sizes = message.getPhoto();
        if (sizes != null && !sizes.isEmpty()) {
            PhotoSize largest = sizes.stream().max(Comparator.comparingLong(MessageDecoder::pixels)).orElseThrow();
            return Attachment.inbound(Attachment.Kind.PHOTO, largest.getFileId(), null, PHOTO_MIME);
        }
        return null;
    }

    private static long pixels(PhotoSize size) {
        long area = (long) nz(size.getWidth()) * nz(size.getHeight());
        return area > 0 ? area : nz(size.getFileSize());
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
