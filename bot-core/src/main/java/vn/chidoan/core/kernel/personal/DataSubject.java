package vn.chidoan.core.kernel.personal;

import java.util.List;
import java.util.Objects;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * Whom an erasure is about: the person's record id, their accounts on each platform and their private
 * chats with the bot (a store may know the person by any of these), and the name they gave, for the
 * stores that kept it as text.
 */
public record DataSubject(PersonId person, List<UserRef> accounts, String name) {
    public DataSubject {
        Objects.requireNonNull(person, "person");
        accounts = List.copyOf(accounts);
    }

    /** The private chats with the person, one per account (a private chat shares its user's id). */
    public List<ChatRef> privateChats() {
        return accounts.stream().map(UserRef::privateChat).toList();
    }
}
