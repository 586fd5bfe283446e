package vn.chidoan.core.features.meeting;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;

/**
 * Kind {@code meeting-invite}: the invitation of a monthly meeting's occurrence, {@code invite-before}
 * ahead of it (fixed offsets, which {@code /nhacnho} does not change). The occurrence is made then, with
 * answers of its own; the post is keyed by the meeting, so a resumed firing posts nothing twice. An
 * occurrence whose check-in was closed already, or that has begun, is not invited to.
 */
@Component
class InvitationReminderKind implements ReminderKind {
    private final MeetingSeries series;
    private final Invitations invitations;
    private final Clock clock;

    InvitationReminderKind(MeetingSeries series, Invitations invitations, Clock clock) {
        this.series = series;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return MeetingReminders.INVITE_KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        series.occurrence(reminder.unit(), occurrence.event())
                .filter(meeting -> !meeting.closed() && clock.instant().isBefore(meeting.start()))
                .ifPresent(invitations::post);
    }
}
