package vn.chidoan.core.features.meeting.checkin;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.org.member.MemberEvents;

/**
 * What meetings keep about a person follows the member feature: an erased person's answers and
 * check-ins are deleted; a merged person's move to the record they merged into.
 */
@Component
class MemberChanges {
    private final Meetings meetings;
    private final CheckIns checkIns;

    MemberChanges(Meetings meetings, CheckIns checkIns) {
        this.meetings = meetings;
        this.checkIns = checkIns;
    }

    @EventListener
    public void on(MemberEvents.PersonErased erased) {
        meetings.forget(erased.person());
        checkIns.forget(erased.person());
    }

    @EventListener
    public void on(MemberEvents.PersonsMerged merged) {
        meetings.move(merged.from(), merged.into());
        checkIns.move(merged.from(), merged.into());
    }
}
