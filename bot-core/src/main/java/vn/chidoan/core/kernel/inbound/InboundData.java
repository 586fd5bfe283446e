package vn.chidoan.core.kernel.inbound;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * What the inbound journal keeps about a person: the events of their private chats (their lanes) and
 * the events whose key names them, and the failed events elsewhere whose payload carries one of their
 * ids (a message of theirs in a group, a reply to one). An event of theirs still waiting or being
 * handled (the erasure itself) is left to finish; the erasure's second pass removes it. Removing a
 * handled event's key means a replay of it would be taken as new: the platforms never resend what was
 * acknowledged, and the journal forgets every key after its retention anyway.
 */
@Component
class InboundData implements PersonalData {
    private static final List<String> UNDER_WAY = List.of(InboundStore.Status.PENDING.name(),
            InboundStore.Status.PROCESSING.name());

    private final MongoTemplate mongo;

    InboundData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void forget(DataSubject subject) {
        if (subject.accounts().isEmpty()) {
            return;
        }
        List<Criteria> theirs = new ArrayList<>();
        theirs.add(where(InboundStore.LANE).in(subject.privateChatKeys()));
        subject.keyPattern().ifPresent(keys -> theirs.add(where(InboundStore.KEY).regex(keys)));
        mongo.remove(new Query(new Criteria().orOperator(theirs).and(InboundStore.STATUS).nin(UNDER_WAY)),
                InboundStore.COLLECTION);
        String ids = subject.accounts().stream()
                .map(account -> "\"id\"\\s*:\\s*\"?" + Pattern.quote(account.id()) + "\"?\\s*[,}]")
                .collect(Collectors.joining("|"));
        mongo.remove(new Query(where(InboundStore.STATUS).is(InboundStore.Status.FAILED.name())
                .and(InboundStore.PAYLOAD).regex(ids)), InboundStore.COLLECTION);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        // events belong to chats and accounts, which stay with the accounts that moved
    }

    /** An event of theirs is waiting or being handled. */
    @Override
    public boolean busyWith(DataSubject subject) {
        return !subject.accounts().isEmpty() && mongo.exists(new Query(where(InboundStore.LANE)
                .in(subject.privateChatKeys()).and(InboundStore.STATUS).in(UNDER_WAY)), InboundStore.COLLECTION);
    }
}
