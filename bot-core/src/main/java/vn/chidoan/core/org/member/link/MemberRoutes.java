package vn.chidoan.core.org.member.link;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.outbox.AlternateRoutes;
import vn.chidoan.core.org.member.Members;

/**
 * Where else a private message can reach a person: the private chats of their accounts on the other
 * platforms they linked, in the order of {@link vn.chidoan.core.kernel.chat.Platform} (Telegram first).
 */
@Component
class MemberRoutes implements AlternateRoutes {
    private final Members members;

    MemberRoutes(Members members) {
        this.members = members;
    }

    @Override
    public List<ChatRef> alternativesTo(ChatRef privateChat) {
        UserRef account = new UserRef(privateChat.platform(), privateChat.id());
        return members.personOf(account).map(person -> members.accountsOf(person.id()).stream()
                .filter(other -> other.platform() != privateChat.platform())
                .sorted(Comparator.comparing(UserRef::platform))
                .map(UserRef::privateChat).toList())
                .orElse(List.of());
    }
}
