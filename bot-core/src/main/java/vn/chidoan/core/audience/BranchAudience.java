package vn.chidoan.core.audience;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.chidoan.core.chat.Capabilities;
import vn.chidoan.core.chat.ChatRef;
import vn.chidoan.core.chat.OutgoingMessage;
import vn.chidoan.core.chat.PersonId;
import vn.chidoan.core.chat.Platform;
import vn.chidoan.core.chat.UnitId;
import vn.chidoan.core.chat.UserRef;
import vn.chidoan.core.member.Members;
import vn.chidoan.core.member.RosterEntry;
import vn.chidoan.core.org.Organisation;
import vn.chidoan.core.outbox.Outbox;
import vn.chidoan.core.outbox.Priority;

/**
 * Public API: "post to the branch". A post goes to each group chat the branch has (Telegram, sandbox)
 * and, on each platform without groups (Messenger), to the private chat of every active member with an
 * account there. A member who also has an account on a platform where the branch has a group reads
 * the post there and gets no private copy. Messages go through the outbox under
 * {@code <cause>:chat:<chat key>}, so posting again (a replay) sends nothing twice; private messages
 * follow the outbox's messaging-window rules (held, tagged, or sent on the member's other platform).
 */
@Service
public class BranchAudience {
    private final Organisation org;
    private final Members members;
    private final Outbox outbox;

    public BranchAudience(Organisation org, Members members, Outbox outbox) {
        this.org = org;
        this.members = members;
        this.outbox = outbox;
    }

    /** The chats a post to the branch goes to: its groups first, then members' private chats, in roster order. */
    public List<ChatRef> chatsOf(UnitId branch) {
        List<ChatRef> chats = new ArrayList<>();
        Set<Platform> grouped = EnumSet.noneOf(Platform.class);
        for (Platform platform : Platform.values()) {
            if (Capabilities.of(platform).groups()) {
                org.chatOfBranch(branch, platform).ifPresent(group -> {
                    chats.add(group);
                    grouped.add(platform);
                });
            }
        }
        List<PersonId> roster = members.roster(branch).stream().map(RosterEntry::person).toList();
        Map<PersonId, List<UserRef>> accounts = members.accountsOf(roster);
        for (PersonId person : roster) {
            List<UserRef> theirs = accounts.getOrDefault(person, List.of());
            if (theirs.stream().noneMatch(account -> grouped.contains(account.platform()))) {
                theirs.stream().filter(account -> !Capabilities.of(account.platform()).groups())
                        .map(UserRef::privateChat).forEach(chats::add);
            }
        }
        return chats;
    }

    /**
     * Enqueues {@code message} to every chat of {@link #chatsOf}, keyed {@code <cause>:chat:<chat key>};
     * returns how many were new (a replay stores none).
     */
    public int post(String cause, UnitId branch, OutgoingMessage message, Priority priority) {
        int stored = 0;
        for (ChatRef chat : chatsOf(branch)) {
            if (outbox.enqueue(key(cause, chat), chat, message, priority)) {
                stored++;
            }
        }
        return stored;
    }

    public static String key(String cause, ChatRef chat) {
        return cause + ":chat:" + chat.key();
    }
}
