package vn.chidoan.core.features.form;

import java.time.Clock;
import java.time.Duration;
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
 * Reminders of kind {@code registration}, one per form and branch ({@link Reminder#perBranch}) at the
 * branch's offsets ({@code /nhacnho dangky}) before the deadline: each member of the branch who has not
 * answered (registered, waiting or withdrew), worked out when it fires, gets a private message with the
 * "Đăng ký" button and how long is left. A form with no place left and no waitlist reminds nobody; its
 * creator is not reminded of their own form.
 */
@Component
class RegistrationReminder implements ReminderKind {
    static final String KIND = "registration";

    private final Forms forms;
    private final Members members;
    private final PrivateReminders privately;
    private final Texts texts;
    private final Clock clock;

    RegistrationReminder(Forms forms, Members members, PrivateReminders privately, Texts texts, Clock clock) {
        this.forms = forms;
        this.members = members;
        this.privately = privately;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        Optional<Form> found = forms.find(reminder.itemNumber())
                .filter(form -> form.openAt(clock.instant()) && !form.full());
        if (found.isEmpty()) {
            return;
        }
        Form form = found.get();
        Set<PersonId> answered = forms.registrations().ofForm(form.number()).stream().filter(Registration::answered)
                .map(Registration::person).collect(Collectors.toSet());
        List<PersonId> silent = members.roster(reminder.unit()).stream().map(RosterEntry::person)
                .filter(person -> !answered.contains(person) && !person.equals(form.creator())).toList();
        Map<String, Object> model = FormMessages.model(form, clock);
        model.put("left", Formats.timeLeft(Duration.between(clock.instant(), form.deadline())));
        privately.send(reminder, occurrence, silent, Priority.BULK, (person, lang) -> OutgoingMessage
                .text(texts.render("form.reminder", lang, model))
                .withButtons(List.of(List.of(FormMessages.register(form, texts, lang)))));
    }
}
