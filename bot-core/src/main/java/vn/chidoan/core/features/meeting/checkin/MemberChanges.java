package vn.chidoan.core.features.meeting.checkin;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * What meetings keep about a person: an erased person's answers, reasons, check-ins and place in
 * closed meetings' rosters are deleted, and a check-in code shown in their private chat stops; a merged
 * person's move to the record they merged into.
 */
@Component
class MemberChanges implements PersonalData {
    private final Meetings meetings;
    private final CheckIns checkIns;
    private final MongoTemplate mongo;

    MemberChanges(Meetings meetings, CheckIns checkIns, MongoTemplate mongo) {
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.mongo = mongo;
    }

    @Override
    public void forget(DataSubject subject) {
        meetings.forget(subject.person());
        checkIns.forget(subject.person());
        mongo.remove(query(where("chat").in(subject.privateChatKeys())), QrRotation.COLLECTION);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        meetings.move(from, into);
        checkIns.move(from, into);
    }
}
