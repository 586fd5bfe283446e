package vn.chidoan.core.features.poll;

import java.time.Instant;
import java.util.List;
import vn.chidoan.core.kernel.chat.ChatPoll;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * A poll as stored. {@code counts} are the ballots cast with buttons on an anonymous poll, one count per
 * option, and {@code voters} who cast them (never what they chose); a poll that names its voters keeps
 * each one's choice in {@link VoteStore} instead. Native polls' counts live in {@link NativePollStore}.
 */
record Poll(long number, String question, List<String> options, boolean multiple, boolean anonymous,
        Instant deadline, PersonId creator, UserRef creatorAccount, UnitId origin, List<UnitId> branches,
        Instant createdAt, boolean closed, List<Long> counts, List<PersonId> voters) {

    Poll {
        options = List.copyOf(options);
        branches = List.copyOf(branches);
        counts = List.copyOf(counts);
        voters = List.copyOf(voters);
    }

    /** The cause of everything sent for it: {@code poll:<number>}. */
    String cause() {
        return cause(number);
    }

    static String cause(long number) {
        return "poll:" + number;
    }

    boolean openAt(Instant now) {
        return !closed && (deadline == null || now.isBefore(deadline));
    }

    ChatPoll chatPoll() {
        return new ChatPoll(question, options, multiple, anonymous, false);
    }
}
