package vn.chidoan.core.features.record.evaluation;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.Schedule;

/**
 * The evaluation's side of the scheduler: one reminder per opened evaluation, kind {@value #KIND}, target
 * {@code <branch>:<year>}, its event the deadline day at {@link #AT}, sent at the branch's
 * {@code /nhacnho danhgia} offsets before it. Opening again with another deadline replaces it.
 */
@Component
class EvaluationReminders {
    static final String KIND = "evaluation";
    static final LocalTime AT = LocalTime.of(8, 0);

    private final Reminders reminders;
    private final Evaluations evaluations;

    EvaluationReminders(Reminders reminders, Evaluations evaluations) {
        this.reminders = reminders;
        this.evaluations = evaluations;
    }

    void plan(Opening opening) {
        reminders.save(Reminder.of(KIND, target(opening.branch(), opening.year()), opening.branch(),
                new Schedule.OneOff(ZonedDateTime.of(opening.deadline(), AT, evaluations.clock().getZone())
                        .toInstant())));
    }

    static String target(UnitId branch, int year) {
        return branch.value() + ":" + year;
    }

    /** The year a reminder's target names, if it is one. */
    static Optional<Integer> year(Reminder reminder) {
        String target = reminder.target();
        String year = target.substring(target.lastIndexOf(':') + 1);
        return year.matches("[0-9]{4}") ? Optional.of(Integer.parseInt(year)) : Optional.empty();
    }
}
