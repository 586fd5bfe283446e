package vn.chidoan.core.features.meeting.checkin;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.MeetingModel;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.org.member.StartPayloads;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /start dd_<token>}: a scanned check-in QR code. A token past its time (a photo of an old
 * code) is refused; otherwise the member is checked in as by the button.
 */
@Component
class QrStartPayloads implements StartPayloads {
    private final QrRotation rotation;
    private final Meetings meetings;
    private final CheckIns checkIns;
    private final Clock clock;

    QrStartPayloads(QrRotation rotation, Meetings meetings, CheckIns checkIns, Clock clock) {
        this.rotation = rotation;
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    @Override
    public boolean recognises(String payload) {
        if (!payload.startsWith(QrTokens.PAYLOAD_PREFIX)) {
            return false;
        }
        meeting(payload);
        return true;
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        Meeting meeting = meeting(payload);
        Map<String, Object> model = MeetingModel.of(meeting, meetings.properties(), clock);
        replies.say(switch (checkIns.checkIn(meeting, person, "qr")) {
            case PRESENT -> "meeting.checkin.done_present";
            case LATE -> "meeting.checkin.done_late";
            case ALREADY -> "meeting.checkin.done_already";
            case OUTSIDE -> "meeting.checkin.done_outside";
            case NOT_MEMBER -> "meeting.checkin.done_not_member";
        }, model);
    }

    private Meeting meeting(String payload) {
        String value = payload.substring(QrTokens.PAYLOAD_PREFIX.length());
        return rotation.token(value).filter(token -> token.validAt(clock.instant()))
                .flatMap(token -> meetings.find(token.meeting()))
                .orElseThrow(() -> new BadInput("meeting.qr.expired"));
    }
}
