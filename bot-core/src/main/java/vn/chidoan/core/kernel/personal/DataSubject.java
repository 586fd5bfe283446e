package vn.chidoan.core.kernel.personal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * Whom an erasure is about: the person's record id, their accounts on each platform and their private
 * chats with the bot (a store may know the person by any of these), and the name they gave, for the
 * stores that kept it as text (null when they gave none).
 */
public record DataSubject(PersonId person, List<UserRef> accounts, String name) {
    /** What may stand right before or after an id inside a key: anything but a letter, digit, '_' or '-'. */
    private static final String EDGE = "[^A-Za-z0-9_-]";

    public DataSubject {
        Objects.requireNonNull(person, "person");
        accounts = List.copyOf(accounts);
    }

    /** The private chats with the person, one per account (a private chat shares its user's id). */
    public List<ChatRef> privateChats() {
        return accounts.stream().map(UserRef::privateChat).toList();
    }

    /** The private chats' keys ({@code telegram:12345}), as stores keep them. */
    public List<String> privateChatKeys() {
        return privateChats().stream().map(ChatRef::key).toList();
    }

    /** The accounts' keys ({@code messenger:<psid>}), as stores keep them. */
    public List<String> accountKeys() {
        return accounts.stream().map(UserRef::key).toList();
    }

    /**
     * A regular expression (read alike by Java and MongoDB) that finds one of the person's accounts
     * inside a key or a lane: as {@code <platform>:<id>} (a chat, a lane, an account) standing alone,
     * or as {@code <platform>:<kind>:<id>:<time>}, the key of an event that has no id of its own (a
     * Messenger postback). A Telegram update's key ({@code telegram:update:<n>}) is neither. Empty when
     * the person has no account.
     */
    public Optional<String> keyPattern() {
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(accounts.stream().map(account -> "(^|" + EDGE + ")" + Pattern.quote(account.key()) + "($|"
                + EDGE + ")|" + Pattern.quote(account.platform().code() + ":") + "[a-z_]+:" + Pattern.quote(account.id())
                + ":[0-9]{10,}").collect(Collectors.joining("|")));
    }

    /** Whether a key or a lane names one of the person's accounts (see {@link #keyPattern}). */
    public boolean mentionedIn(String key) {
        return key != null && keyPattern().map(p -> Pattern.compile(p).matcher(key).find()).orElse(false);
    }
}
