package vn.chidoan.core.features.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.MessageTag;
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
 * What a meeting reminder does when it fires: each of the branch's offsets is one reminder, in private,
 * to each member who has not declined (those who said they join may be reached outside Messenger's
 * window: a confirmed event's update), saying how long is really left (a reminder held by quiet hours
 * says so too). A monthly meeting's occurrence is made, and its invitation posted if it was not, before
 * the first reminder of it. A meeting whose check-in was closed, or that began more than
 * {@link #STARTED} ago, is reminded of no more. Reminding is keyed by the occurrence and chat, so a
 * resumed firing sends nothing twice.
 */
@Component
class MeetingReminderKind implements ReminderKind {
    /** A reminder at the start time ({@code /nhacnho hop 0}) may fire a moment after it. */
    static final Duration STARTED = Duration.ofMinutes(1);

    private final Meetings meetings;
    private final MeetingSeries series;
    private final Invitations invitations;
    private final Members members;
    private final PrivateReminders privately;
    private final Texts texts;
    private final Clock clock;

    MeetingReminderKind(Meetings meetings, MeetingSeries series, Invitations invitations, Members members,
            PrivateReminders privately, Texts texts, Clock clock) {
        this.meetings = meetings;
        this.series = series;
        this.invitations = invitations;
        this.members = members;
        this.privately = privately;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return MeetingReminders.KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        Instant now = clock.instant();
        Optional<Meeting> found = meetingOf(reminder, occurrence)
                .filter(meeting -> !meeting.closed() && !now.isAfter(meeting.start().plus(STARTED)));
        if (found.isEmpty()) {
            return;
        }
        Meeting meeting = found.get();
        if (meeting.recurring()) {
            invitations.post(meeting);
        }
        remind(reminder, occurrence, meeting, now);
    }

    private Optional<Meeting> meetingOf(Reminder reminder, Occurrence occurrence) {
        if (!reminder.target().startsWith(MeetingSeries.TARGET_PREFIX)) {
            return meetings.find(reminder.target()).filter(m -> m.start().equals(occurrence.event()));
        }
        return series.occurrence(reminder.unit(), occurrence.event());
    }

    private void remind(Reminder reminder, Occurrence occurrence, Meeting meeting, Instant now) {
        List<PersonId> invited = members.roster(meeting.branch()).stream().map(RosterEntry::person)
                .filter(person -> !meeting.declined(person)).toList();
        Map<String, Object> model = MeetingModel.of(meeting, meetings.properties(), clock);
        model.put("left", Formats.timeLeft(Duration.between(now, meeting.start())));
        privately.send(reminder, occurrence, invited, Priority.BULK, (person, lang) -> {
            OutgoingMessage message = OutgoingMessage.text(texts.render("meeting.reminder", lang, model))
                    .withButtons(invitations.buttons(meeting, lang));
            return meeting.rsvps().get(person) == Rsvp.YES ? message.tagged(MessageTag.CONFIRMED_EVENT_UPDATE)
                    : message;
        });
    }
}
