package vn.chidoan.core.features.notice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.unit.Organisation;

/**
 * A press of «Đã nhận», re-checked against the presser's role on the notice's branch at the moment of
 * the press: in a group, the group's branch; in a private chat, the presser's branch among those the
 * notice reached (one where they sit on the committee and it is not acknowledged yet, first). The branch's
 * committee (BCH, secretary) acknowledges for the branch; a member marks it seen; anyone else is told it
 * is not for them.
 */
@Component
class Acknowledgements {
    enum Outcome {
        ACKED, ALREADY_ACKED, SEEN, ALREADY_SEEN, NOT_MEMBER
    }

    /** What the press did, and the branch's receipt as it stands (null for someone outside the branches). */
    record Pressed(Outcome outcome, Notice notice, ReceiptStore.Receipt receipt) {
    }

    private final Notices notices;
    private final Organisation org;
    private final Members members;

    Acknowledgements(Notices notices, Organisation org, Members members) {
        this.notices = notices;
        this.org = org;
        this.members = members;
    }

    Pressed press(long number, Caller caller, ChatRef chat, ChatKind kind) {
        Notice notice = notices.get(number);
        if (!notice.needsAck()) {
            throw new BadInput("notice.no_ack_needed", Map.of("number", number));
        }
        Optional<Membership> membership = membershipFor(notice, caller, chat, kind);
        if (membership.isEmpty()) {
            return new Pressed(Outcome.NOT_MEMBER, notice, null);
        }
        UnitId branch = membership.get().branch();
        ReceiptStore receipts = notices.receipts();
        if (membership.get().role().atLeast(Role.BCH)) {
            ReceiptStore.Acked acked = receipts.acknowledge(number, branch, caller.person(), notices.clock().instant());
            return new Pressed(acked.now() ? Outcome.ACKED : Outcome.ALREADY_ACKED, notice, acked.receipt());
        }
        boolean first = receipts.seen(number, branch, caller.person());
        return new Pressed(first ? Outcome.SEEN : Outcome.ALREADY_SEEN, notice,
                receipts.find(number, branch).orElse(null));
    }

    private Optional<Membership> membershipFor(Notice notice, Caller caller, ChatRef chat, ChatKind kind) {
        if (!caller.known()) {
            return Optional.empty();
        }
        if (kind == ChatKind.GROUP) {
            return org.branchOfChat(chat).filter(notice.branches()::contains)
                    .flatMap(branch -> members.membership(caller.person(), branch));
        }
        List<Membership> reached = members.membershipsOf(caller.person()).stream()
                .filter(m -> notice.branches().contains(m.branch())).toList();
        return reached.stream().min(Comparator.comparing((Membership m) -> !m.role().atLeast(Role.BCH))
                .thenComparing(m -> notices.receipts().find(notice.number(), m.branch())
                        .map(ReceiptStore.Receipt::acked).orElse(false)));
    }
}
