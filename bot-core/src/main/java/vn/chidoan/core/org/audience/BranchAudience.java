package vn.chidoan.core.org.audience;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;

/**
 * Public API: "post to the branch". A post goes to each group chat the branch has (Telegram, sandbox)
 * and, on each platform without groups (Messenger), to the private chat of every active member with an
 * account there. A member who also has an account on a platform where the branch has a group reads
 * the post there and gets no private copy. Messages go through the outbox under
 * {@code <cause>:chat:<chat key>}, so posting again (a replay) sends nothing twice; private messages
 * follow the outbox's messaging-window rules (held, tagged, or sent on the member's other platform).
 * <p>
 * Many branches at once (a province: thousands) cost a fixed handful of reads and one bulk write
 * whatever their number: the groups, the memberships and the accounts of all of them are read in one
 * query each, and the messages stored with {@link Outbox#enqueueAll}. Callers with a whole subtree
 * post in slices of {@link #SLICE} branches ({@link BranchFanout} does it resumably).
 */
@Service
public class BranchAudience {
    /** How many branches one bulk read covers: a few thousand chats, a few megabytes at most. */
    public static final int SLICE = 250;
    /**
     * How many branches a fan-out's first slice covers by default ({@code chidoan.fanout.first-slice},
     * {@link FanoutWorker#sliceAt}): some hundred chats' posts stored within moments, so that sending
     * starts while the rest are read.
     */
    public static final int FIRST_SLICE = 10;
    private static final List<Platform> GROUP_PLATFORMS = Stream.of(Platform.values())
            .filter(platform -> Capabilities.of(platform).groups()).toList();

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
        return chatsOf(List.of(branch)).getOrDefault(branch, List.of());
    }

    /**
     * The chats of each branch as {@link #chatsOf(UnitId)} gives them, read in one go: a few queries
     * whatever the number of branches. A branch nobody can be reached in is left out.
     */
    public Map<UnitId, List<ChatRef>> chatsOf(Collection<UnitId> branches) {
        Map<UnitId, List<ChatRef>> groups = org.groupsOf(branches, GROUP_PLATFORMS);
        Map<UnitId, List<PersonId>> rosters = members.activeMembers(branches);
        Map<PersonId, List<UserRef>> accounts = members.accountsOf(
                rosters.values().stream().flatMap(List::stream).toList());
        Map<UnitId, List<ChatRef>> chats = new LinkedHashMap<>();
        for (UnitId branch : branches) {
            List<ChatRef> reached = new ArrayList<>(groups.getOrDefault(branch, List.of()));
            Set<Platform> grouped = EnumSet.noneOf(Platform.class);
            reached.forEach(group -> grouped.add(group.platform()));
            for (PersonId person : rosters.getOrDefault(branch, List.of())) {
                List<UserRef> theirs = accounts.getOrDefault(person, List.of());
                if (theirs.stream().noneMatch(account -> grouped.contains(account.platform()))) {
                    theirs.stream().filter(account -> !Capabilities.of(account.platform()).groups())
                            .map(UserRef::privateChat).forEach(reached::add);
                }
            }
            if (!reached.isEmpty()) {
                chats.put(branch, reached);
            }
        }
        return chats;
    }

    /**
     * Enqueues {@code message} to every chat of {@link #chatsOf}, keyed {@code <cause>:chat:<chat key>};
     * returns how many were new (a replay stores none).
     */
    public int post(String cause, UnitId branch, OutgoingMessage message, Priority priority) {
        return post(cause, List.of(branch), platform -> message, priority);
    }

    /**
     * Enqueues a message to every chat of every branch, in one bulk write: {@code message} says what
     * the chats of a platform get (a file, say, goes along only on the platform it came from). Keys as {@link #post(String, UnitId, OutgoingMessage, Priority)}; returns how many
     * were new, so a replay, or a second instance doing the same, stores none.
     */
    public int post(String cause, Collection<UnitId> branches, Function<Platform, OutgoingMessage> message,
            Priority priority) {
        Map<Platform, OutgoingMessage> perPlatform = new EnumMap<>(Platform.class);
        List<Outbox.Envelope> envelopes = new ArrayList<>();
        for (List<ChatRef> chats : chatsOf(branches).values()) {
            for (ChatRef chat : chats) {
                envelopes.add(new Outbox.Envelope(key(cause, chat), chat,
                        perPlatform.computeIfAbsent(chat.platform(), message), priority));
            }
        }
        return outbox.enqueueAll(envelopes);
    }

    public static String key(String cause, ChatRef chat) {
        return cause + ":chat:" + chat.key();
    }
}
