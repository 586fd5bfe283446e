package vn.chidoan.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
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

    MessageCalls(TelegramClient client) {
        this.client = client;
    }

    String run(ChatRef chat, OutgoingMessage message, SendStep step) throws TelegramApiException {
        InlineKeyboardMarkup keyboard = step.withButtons() ? Keyboards.inline(message.buttons()) : null;
        return switch (step.kind()) {
            case EDIT -> edit(chat, message, step.text(), keyboard);
            case TEXT -> text(chat, message.threadId(), step.text(), keyboard);
            case FILE -> file(chat, message, step.text(), keyboard);
        };
    }

    private String edit(ChatRef chat, OutgoingMessage message, String text, InlineKeyboardMarkup keyboard)
            throws TelegramApiException {
        try {
            Serializable edited = client.execute(EditMessageText.builder().chatId(chat.id())
                    .messageId(Integer.valueOf(message.editOf())).text(text).parseMode(HTML).replyMarkup(keyboard)
                    .build());
            return edited instanceof Message m ? m.getMessageId().toString() : message.editOf();
        } catch (TelegramApiException e) {
            if (TelegramErrors.notModified(e)) {
                return message.editOf();
            }
            if (TelegramErrors.cannotEdit(e)) {
                return text(chat, message.threadId(), text, keyboard);
            }
            throw e;
        }
    }

    private String text(ChatRef chat, String threadId, String text, InlineKeyboardMarkup keyboard)
            throws TelegramApiException {
        Message sent = client.execute(SendMessage.builder().chatId(chat.id()).messageThreadId(thread(threadId))
                .text(text).parseMode(HTML).replyMarkup(keyboard).build());
        return sent.getMessageId().toString();
    }

    private String file(ChatRef chat, OutgoingMessage message, String caption, InlineKeyboardMarkup keyboard)
            throws TelegramApiException {
        Attachment attachment = message.attachment();
        InputFile file = attachment.content() != null
                ? new InputFile(new ByteArrayInputStream(attachment.content()),
                        attachment.fileName() == null ? UNNAMED_FILE : attachment.fileName())
                : new InputFile(attachment.fileRef());
        Message sent = attachment.kind() == Attachment.Kind.PHOTO
                ? client.execute(SendPhoto.builder().chatId(chat.id()).messageThreadId(thread(message.threadId()))
                        .photo(file).caption(caption).parseMode(caption == null ? null : HTML).replyMarkup(keyboard)
                        .build())
                : client.execute(SendDocument.builder().chatId(chat.id()).messageThreadId(thread(message.threadId()))
                        .document(file).caption(caption).parseMode(caption == null ? null : HTML)
                        .replyMarkup(keyboard).build());
        return sent.getMessageId().toString();
    }

    private static Integer thread(String threadId) {
        return threadId == null ? null : Integer.valueOf(threadId);
    }
}
