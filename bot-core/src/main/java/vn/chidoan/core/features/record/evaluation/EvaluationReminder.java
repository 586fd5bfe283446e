package vn.chidoan.core.features.record.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.org.audience.PrivateReminders;

/**
 * Kind {@value EvaluationReminders#KIND}: works out, when it fires, who on the branch's roster has not
 * filled in their self-assessment of the year, and reminds each of them in private (keyed by the
 * occurrence and chat, so a resumed firing sends nobody a second message). Nobody once the evaluation was
 * sent up. Worth sending until the deadline day is over.
 */
@Component
class EvaluationReminder implements ReminderKind {
    private final Evaluations evaluations;
    private final Members members;
    private final PrivateReminders privately;
    private final Texts texts;

    EvaluationReminder(Evaluations evaluations, Members members, PrivateReminders privately, Texts texts) {
        this.evaluations = evaluations;
        this.members = members;
        this.privately = privately;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return EvaluationReminders.KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        Optional<Opening> opening = EvaluationReminders.year(reminder)
                .flatMap(year -> evaluations.store().opening(reminder.unit(), year)).filter(o -> !o.sent());
        if (opening.isEmpty()) {
            return;
        }
        int year = opening.get().year();
        Set<PersonId> filled = evaluations.store().ofBranch(reminder.unit(), year).stream().filter(Entry::filled)
                .map(Entry::person).collect(Collectors.toSet());
        List<PersonId> missing = members.roster(reminder.unit()).stream().map(RosterEntry::person)
                .filter(person -> !filled.contains(person)).toList();
        Map<String, Object> model = Map.of("year", year, "deadline", Formats.date(opening.get().deadline()));
        privately.send(reminder, occurrence, missing, Priority.BULK,
                (person, lang) -> OutgoingMessage.text(texts.render("record.evaluation.reminder", lang, model)));
    }

    @Override
    public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return occurrence.event().atZone(evaluations.clock().getZone()).toLocalDate().plusDays(1)
                .atStartOfDay(evaluations.clock().getZone()).toInstant();
    }
}
