package vn.chidoan.core.features.meeting.checkin;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.features.meeting.BranchLeads;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.text.Texts;

/** The check-in parts wired by hand, for the meeting scenarios' test bot. */
public final class CheckInKit {
    private CheckInKit() {
    }

    /** Check-ins, tallies and the QR rotation first, then the commands, buttons and start payloads. */
    public static List<Object> parts(MongoTemplate mongo, Clock clock, Meetings meetings, BranchLeads leads,
            Members members, Outbox outbox, Texts texts, List<DeepLinks> links) {
        CheckIns checkIns = new CheckIns(mongo, meetings, leads, clock);
        Tallies tallies = new Tallies(members, checkIns);
        QrRotation rotation = new QrRotation(mongo, meetings, links, outbox, texts, clock);
        return List.of(checkIns, tallies, rotation, new MemberChanges(meetings, checkIns, mongo),
                new CheckInCommand(meetings, checkIns, members, clock),
                new CheckInButtons(meetings, checkIns), new MarkButtons(meetings, checkIns, members, leads, clock),
                new CloseCommand(meetings, tallies, members, rotation, clock), new QrCommand(meetings, rotation, clock),
                new QrStartPayloads(rotation, meetings, checkIns, clock));
    }
}
