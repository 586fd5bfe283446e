package vn.chidoan.telegram;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.text.CleanText;

/**
 * Telegram users and chats as opaque contract references. Profile names and chat titles are cleaned here,
 * once ({@link CleanText#profileName}): no feature echoes a name that reorders or breaks its reply.
 */
final class TelegramRefs {
    private TelegramRefs() {
    }

    static ChatRef chat(Chat chat) {
        return chat(chat.getId());
    }

    static ChatRef chat(long id) {
        return new ChatRef(Platform.TELEGRAM, Long.toString(id));
    }

    /** Groups and supergroups are branch chats; channels are not chats the bot works in. */
    static Optional<ChatKind> kind(Chat chat) {
        return switch (chat.getType()) {
            case "private" -> Optional.of(ChatKind.PRIVATE);
            case "group", "supergroup" -> Optional.of(ChatKind.GROUP);
            default -> Optional.empty();
        };
    }

    static Speaker speaker(User user) {
        return new Speaker(new UserRef(Platform.TELEGRAM, Long.toString(user.getId())),
                CleanText.profileName(join(user.getFirstName(), user.getLastName())), user.getUserName(),
                user.getLanguageCode());
    }

    /**
     * Who said a message. When it was said on behalf of a chat (an anonymous admin, whose {@code from}
     * is GroupAnonymousBot, or a linked channel) the speaker is that chat: it is not a person.
     */
    static Speaker speaker(User from, Chat senderChat) {
        if (senderChat != null) {
            return new Speaker(new UserRef(Platform.TELEGRAM, Long.toString(senderChat.getId())),
                    title(senderChat), senderChat.getUserName(), null);
        }
        return speaker(from);
    }

    static String title(Chat chat) {
        return CleanText.profileName(chat.getTitle() != null ? chat.getTitle()
                : join(chat.getFirstName(), chat.getLastName()));
    }

    private static String join(String first, String last) {
        if (last == null || last.isBlank()) {
            return first;
        }
        return first == null ? last : first + " " + last;
    }
}
