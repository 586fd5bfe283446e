package vn.chidoan.core.kernel.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * What the outbox keeps about a person: every entry to their private chats (held and failed ones, the
 * exports with names and reasons of absence held for them, the delivered ones kept to block a resend),
 * every entry whose key names one of their accounts (caused by their events, a post to their chat), and
 * the entries already settled that carry their name to someone else. Entries still on their way to
 * someone else are left to arrive; the erasure's second pass removes them once settled.
 */
@Component
class OutboxData implements PersonalData {
    private static final List<String> IN_FLIGHT = List.of(OutboxStatus.PENDING.name(), OutboxStatus.SENDING.name());

    private final MongoTemplate mongo;

    OutboxData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void forget(DataSubject subject) {
        List<Criteria> theirs = new ArrayList<>();
        theirs.add(where(OutboxCodec.CHAT).in(subject.privateChatKeys()));
        subject.keyPattern().ifPresent(keys -> theirs.add(where(OutboxCodec.KEY).regex(keys)));
        mongo.remove(new Query(new Criteria().orOperator(theirs)), OutboxStore.COLLECTION);
        if (subject.name() != null && !subject.name().isBlank()) {
            String name = Pattern.quote(subject.name());
            mongo.remove(new Query(where(OutboxCodec.STATUS).nin(IN_FLIGHT).orOperator(
                    where(OutboxCodec.MESSAGE + ".text").regex(name), where(OutboxCodec.TOAST).regex(name))),
                    OutboxStore.COLLECTION);
        }
    }

    @Override
    public void move(PersonId from, PersonId into) {
        // entries belong to chats, which stay with the accounts that moved
    }

    /** A message is on its way to one of their chats. */
    @Override
    public boolean busyWith(DataSubject subject) {
        return mongo.exists(new Query(where(OutboxCodec.CHAT).in(subject.privateChatKeys())
                .and(OutboxCodec.STATUS).in(IN_FLIGHT)), OutboxStore.COLLECTION);
    }
}
