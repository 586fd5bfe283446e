package vn.chidoan.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageMedia;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.media.InputMedia;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaDocument;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;

/** The Bot API call behind each {@link SendStep}, in HTML parse mode; each returns the message id. */
final class MessageCalls {
    private static final String HTML = "HTML";
    private static final String UNNAMED_FILE = "file";

    private final TelegramClient client;
    /** {@code allow_paid_broadcast} on every new message, or null (not sent) when paid broadcasts are off. */
    private final Boolean paid;

    MessageCalls(TelegramClient client, boolean paidBroadcast) {
        this.client = client;
        this.paid = paidBroadcast ? Boolean.TRUE : null;
    }

    String run(ChatRef chat, OutgoingMessage message, SendStep step) throws TelegramApiException {
        InlineKeyboardMarkup keyboard = step.withButtons() ? Keyboards.inline(message.buttons()) : null;
        return switch (step.kind()) {
            case EDIT -> edit(chat, message, step.text(), keyboard);
            case TEXT -> text(chat, message.threadId(), step.text(), keyboard);
            case FILE -> file(chat, message, step.text(), keyboard);
            case EDIT_FILE -> editFile(chat, message, step.text(), keyboard);
        };
    }

    private String edit(ChatRef chat, OutgoingMessage message, String text, InlineKeyboardMarkup keyboard)
            throws TelegramApiException {
        return editOr(message, () -> client.execute(EditMessageText.builder().chatId(chat.id())
                .messageId(Integer.valueOf(message.editOf())).text(text).parseMode(HTML).replyMarkup(keyboard).build()),
                () -> text(chat, message.threadId(), text, keyboard));
    }

    /** Replaces the photo or file of a message and its caption; one that cannot be edited is sent anew. */
    private String editFile(ChatRef chat, OutgoingMessage message, String caption, InlineKeyboardMarkup keyboard)
            throws TelegramApiException {
        InputMedia media = media(message.attachment());
        media.setCaption(caption);
        media.setParseMode(caption == null ? null : HTML);
        return editOr(message, () -> client.execute(EditMessageMedia.builder().chatId(chat.id())
                .messageId(Integer.valueOf(message.editOf())).media(media).replyMarkup(keyboard).build()),
                () -> file(chat, message, caption, keyboard));
    }

    private static InputMedia media(Attachment attachment) {
        boolean photo = attachment.kind() == Attachment.Kind.PHOTO;
        if (attachment.content() == null) {
            return photo ? new InputMediaPhoto(attachment.fileRef()) : new InputMediaDocument(attachment.fileRef());
        }
        ByteArrayInputStream bytes = new ByteArrayInputStream(attachment.content());
        return photo ? new InputMediaPhoto(bytes, fileName(attachment))
                : new InputMediaDocument(bytes, fileName(attachment));
    }

    private interface Call<T> {
        T run() throws TelegramApiException;
    }

    /**
     * Runs an edit and returns the edited message's id: unchanged content counts as edited; a message that
     * can no longer be edited (too old, deleted) is sent anew instead.
     */
    private String editOr(OutgoingMessage message, Call<Serializable> edit, Call<String> anew)
            throws TelegramApiException {
        try {
            return edit.run() instanceof Message m ? m.getMessageId().toString() : message.editOf();
        } catch (TelegramApiException e) {
            if (TelegramErrors.notModified(e)) {
                return message.editOf();
            }
            if (TelegramErrors.cannotEdit(e)) {
                return anew.run();
            }
            throw e;
        }
    }

    private String text(ChatRef chat, String threadId, String text, InlineKeyboardMarkup keyboard)
            throws TelegramApiException {
        Message sent = client.execute(SendMessage.builder().chatId(chat.id()).messageThreadId(thread(threadId))
                .text(text).parseMode(HTML).replyMarkup(keyboard).allowPaidBroadcast(paid).build());
        return sent.getMessageId().toString();
    }

    private String file(ChatRef chat, OutgoingMessage message, String caption, InlineKeyboardMarkup keyboard)
            throws TelegramApiException {
        Attachment attachment = message.attachment();
        InputFile file = attachment.content() != null
                ? new InputFile(new ByteArrayInputStream(attachment.content()), fileName(attachment))
                : new InputFile(attachment.fileRef());
        Message sent = attachment.kind() == Attachment.Kind.PHOTO
                ? client.execute(SendPhoto.builder().chatId(chat.id()).messageThreadId(thread(message.threadId()))
                        .photo(file).caption(caption).parseMode(caption == null ? null : HTML).replyMarkup(keyboard)
                        .allowPaidBroadcast(paid).build())
                : client.execute(SendDocument.builder().chatId(chat.id()).messageThreadId(thread(message.threadId()))
                        .document(file).caption(caption).parseMode(caption == null ? null : HTML)
                        .replyMarkup(keyboard).allowPaidBroadcast(paid).build());
        return sent.getMessageId().toString();
    }

    private static String fileName(Attachment attachment) {
        return attachment.fileName() == null ? UNNAMED_FILE : attachment.fileName();
    }

    private static Integer thread(String threadId) {
        return threadId == null ? null : Integer.valueOf(threadId);
    }
}
