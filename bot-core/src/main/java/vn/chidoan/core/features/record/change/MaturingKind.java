package vn.chidoan.core.features.record.change;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.features.record.MemberRecord;
import vn.chidoan.core.features.record.Notify;
import vn.chidoan.core.features.record.RecordEvents;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.Schedule;

/**
 * The quarterly maturing-out check, a reminder kind ({@code record-maturing}, one reminder per branch,
 * on the first day of each quarter at 08:00): it finds who turns 30 by the quarter's end and asks the
 * branch's secretaries to confirm. A branch gets its reminder once any of its records has a date of
 * birth. A late firing (after downtime) is still useful for the quarter's first month and a half.
 */
@Component
class MaturingKind implements ReminderKind {
    static final String KIND = "record-maturing";
    static final Schedule QUARTERLY = new Schedule.Quarterly(1, 1, LocalTime.of(8, 0));

    private final MaturingCheck check;
    private final Members members;
    private final Notify notify;
    private final Reminders reminders;
    private final Clock clock;

    MaturingKind(MaturingCheck check, Members members, Notify notify, Reminders reminders, Clock clock) {
        this.check = check;
        this.members = members;
        this.notify = notify;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @EventListener
    public void on(RecordEvents.BirthDateSet set) {
        reminders.save(new Reminder(KIND, set.branch().value(), set.branch(), QUARTERLY, List.of(Duration.ZERO)));
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        UnitId branch = reminder.unit();
        LocalDate until = MaturingCheck.quarterEnd(occurrence.event().atZone(clock.getZone()).toLocalDate());
        List<MemberRecord> due = check.due(branch, until);
        if (due.isEmpty()) {
            return;
        }
        List<PersonId> secretaries = members.roster(branch).stream()
                .filter(entry -> entry.role().atLeast(Role.SECRETARY)).map(RosterEntry::person).toList();
        notify.to(reminder.outboxKey(occurrence), secretaries).forEach(to -> check.show(branch, due, until, to));
    }

    @Override
    public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return occurrence.event().plus(Duration.ofDays(45));
    }
}
