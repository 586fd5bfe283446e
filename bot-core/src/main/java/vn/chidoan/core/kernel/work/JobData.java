package vn.chidoan.core.kernel.work;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * What the jobs keep about a person: a job asked by them keeps the private chat its answer goes to, and
 * its id is derived from their event. Such a job goes whole, finished or not (one not run yet is then
 * never run: nothing is answered to an erased person). A job running now keeps the erasure's second pass
 * waiting, since its answer is about to be queued for their chat. Jobs name chats and accounts, which a
 * merge moves, so a merge moves nothing here.
 */
@Component
class JobData implements PersonalData {
    private final MongoTemplate mongo;
    private final Clock clock;

    JobData(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void forget(DataSubject subject) {
        mongo.remove(new Query(theirs(subject)), JobStore.COLLECTION);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        // jobs name chats and accounts, which stay with the accounts that moved
    }

    @Override
    public boolean busyWith(DataSubject subject) {
        return mongo.exists(new Query(new Criteria().andOperator(theirs(subject), where("doneAt").is(null),
                where("leaseUntil").gt(Date.from(clock.instant())))), JobStore.COLLECTION);
    }

    private static Criteria theirs(DataSubject subject) {
        List<Criteria> theirs = new ArrayList<>();
        theirs.add(where(JobStore.VALUES).in(subject.privateChatKeys()));
        subject.keyPattern().ifPresent(keys -> {
            theirs.add(where("_id").regex(keys));
            theirs.add(where(JobStore.VALUES).regex(keys));
        });
        return new Criteria().orOperator(theirs);
    }
}
