package vn.chidoan.core.features.meeting;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.kernel.text.Texts;

/**
 * What a meeting reminder does when it fires. The occurrence furthest before the meeting (by the
 * branch's offsets, default 3 days) posts the invitation — a monthly meeting's occurrence is made
 * then, with answers of its own. Every later one reminds, in private, each member who has not
 * declined (those who said they join may be reached outside Messenger's window: a confirmed event's
 * update). Posting is keyed by the meeting, reminding by the occurrence and chat, so a resumed
 * firing sends nothing twice.
 */
@Component
class MeetingReminderKind implements ReminderKind {
    private final Meetings meetings;
    private final MeetingSeries series;
    private final Invitations invitations;
    private final MeetingReminders reminders;
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    MeetingReminderKind(Meetings meetings, MeetingSeries series, Invitations invitations, MeetingReminders reminders,
            Members members, Outbox outbox, Texts texts, Clock clock) {
        this.meetings = meetings;
        this.series = series;
        this.invitations = invitations;
        this.reminders = reminders;
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return MeetingReminders.KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        Optional<Meeting> found = meetingOf(reminder, occurrence);
        if (found.isEmpty()) {
            return;
        }
        Meeting meeting = found.get();
        invitations.post(meeting);
        if (occurrence.before().compareTo(invitationOffset(reminder)) < 0) {
            remind(reminder, occurrence, meeting);
        }
    }

    private Optional<Meeting> meetingOf(Reminder reminder, Occurrence occurrence) {
        if (!reminder.target().startsWith(MeetingSeries.TARGET_PREFIX)) {
            return meetings.find(reminder.target()).filter(m -> m.start().equals(occurrence.event()));
        }
        return series.of(reminder.unit())
                .map(s -> meetings.occurrence(s.branch(), occurrence.event(), s.topic()));
    }

    private Duration invitationOffset(Reminder reminder) {
        List<Duration> offsets = reminder.offsets().isEmpty() ? reminders.offsets(reminder.unit()) : reminder.offsets();
        return offsets.isEmpty() ? Duration.ZERO : Collections.max(offsets);
    }

    private void remind(Reminder reminder, Occurrence occurrence, Meeting meeting) {
        List<PersonId> invited = members.roster(meeting.branch()).stream().map(RosterEntry::person)
                .filter(person -> !meeting.declined(person)).toList();
        Map<PersonId, List<UserRef>> accounts = members.accountsOf(invited);
        Map<String, Object> model = MeetingModel.of(meeting, meetings.properties(), clock);
        model.put("inDays", occurrence.before().toDays() >= 1);
        model.put("days", occurrence.before().toDays());
        model.put("hours", Math.max(1, occurrence.before().toHours()));
        for (PersonId person : invited) {
            List<UserRef> theirs = accounts.getOrDefault(person, List.of());
            if (theirs.isEmpty()) {
                continue;
            }
            String lang = members.person(person).map(Person::lang).orElse(Texts.VIETNAMESE);
            ChatRef chat = theirs.get(0).privateChat();
            OutgoingMessage message = OutgoingMessage.text(texts.render("meeting.reminder", lang, model))
                    .withButtons(invitations.buttons(meeting, lang));
            if (meeting.rsvps().get(person) == Rsvp.YES) {
                message = message.tagged(MessageTag.CONFIRMED_EVENT_UPDATE);
            }
            outbox.enqueue(reminder.outboxKey(occurrence, chat), chat, message, Priority.BULK);
        }
    }
}
