package vn.chidoan.core.features.notice;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.org.audience.BranchFanout;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Public API of notices inside the feature: send a draft (its rights checked now, when it goes out),
 * find notices and what the branches answered. Sending stores the notice, gives the officers below a
 * copy to pass on, plans the reminders and the summary, and hands the
 * branches to a {@link BranchFanout} ({@link NoticeFanout}), which goes on in the background and survives
 * a crash; a replay of the sending event does none of it twice.
 */
@Service
class Notices {
    private final NoticeStore notices;
    private final ReceiptStore receipts;
    private final Organisation org;
    private final NoticeRights rights;
    private final BranchFanout fanout;
    private final Reminders reminders;
    private final OfficerCopies officers;
    private final Clock clock;

    Notices(MongoTemplate mongo, Organisation org, NoticeRights rights, BranchFanout fanout, Reminders reminders,
            OfficerCopies officers, Clock clock) {
        this.notices = new NoticeStore(mongo);
        this.receipts = new ReceiptStore(mongo);
        this.org = org;
        this.rights = rights;
        this.fanout = fanout;
        this.reminders = reminders;
        this.officers = officers;
        this.clock = clock;
    }

    static Priority priority(Notice notice) {
        return notice.urgent() ? Priority.URGENT : Priority.BULK;
    }

    /**
     * Sends the draft from its unit to the branches of its targets, on behalf of the caller as they stand
     * now; the progress message goes to {@code progressChat}. {@link BadInput} when the caller may no
     * longer send from that unit, no branch is there, or the deadline has passed.
     */
    Notice publish(NoticeDraft draft, Caller caller, ChatRef progressChat, String lang, String source) {
        if (!caller.known() || !rights.sendsFor(caller, draft.origin())) {
            throw new BadInput("notice.not_allowed");
        }
        Unit origin = org.unit(draft.origin()).orElseThrow(() -> new BadInput("notice.not_allowed"));
        List<UnitId> branches = branches(draft, origin);
        if (branches.isEmpty()) {
            throw new BadInput("notice.no_branches", Map.of("unit", origin.name()));
        }
        if (draft.deadline() != null && !draft.deadline().isAfter(clock.instant())) {
            throw new BadInput("notice.past_deadline",
                    Map.of("deadline", NoticeMessages.at(draft.deadline(), clock.getZone())));
        }
        Notice notice = notices.create(draft, new NoticeStore.Sender(caller.person(), caller.user(), progressChat, lang),
                branches, chain(draft, origin), source, clock.instant());
        officers.send(notice);
        if (notice.needsAck() && notice.deadline() != null) {
            Schedule at = new Schedule.OneOff(notice.deadline());
            String target = Long.toString(notice.number());
            reminders.save(new Reminder(NoticeReminder.KIND, target, notice.origin(), at, notice.offsets()));
            reminders.save(new Reminder(NoticeSummary.KIND, target, notice.origin(), at, List.of(Duration.ZERO)));
        }
        fanout.start(notice.cause(), NoticeFanout.KIND, notice.branches());
        return notice;
    }

    /** Every branch of the draft's targets, each once; a target outside the origin's subtree is refused. */
    private List<UnitId> branches(NoticeDraft draft, Unit origin) {
        Set<UnitId> branches = new LinkedHashSet<>();
        for (UnitId target : draft.targets()) {
            Unit unit = org.unit(target).filter(u -> u.within(origin.id()))
                    .orElseThrow(() -> new BadInput("notice.not_allowed"));
            branches.addAll(org.branchesWithin(unit.id()));
        }
        return List.copyOf(branches);
    }

    private List<String> chain(NoticeDraft draft, Unit origin) {
        List<String> chain = new ArrayList<>();
        if (draft.parent() != null) {
            notices.find(draft.parent()).ifPresent(parent -> chain.addAll(parent.chain()));
        }
        chain.add(origin.name());
        return chain;
    }

    Optional<Notice> find(long number) {
        return notices.find(number);
    }

    Notice get(long number) {
        return notices.find(number).orElseThrow(() -> new BadInput("notice.no_such_notice", Map.of("number", number)));
    }

    Optional<Notice> latestBy(PersonId sender) {
        return notices.latestBy(sender);
    }

    List<Notice> forwardsOf(long number) {
        return notices.forwardsOf(number);
    }

    NoticeStore store() {
        return notices;
    }

    ReceiptStore receipts() {
        return receipts;
    }

    Clock clock() {
        return clock;
    }
}
