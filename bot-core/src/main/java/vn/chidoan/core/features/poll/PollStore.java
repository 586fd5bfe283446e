package vn.chidoan.core.features.poll;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Polls in {@code polls}, numbered from a counter in {@code poll_counters}; a unique {@code source} (the
 * event that asked) makes creating idempotent. An anonymous ballot is one conditional update of the
 * poll's document: the voter joins {@code voters} and each chosen option's count goes up, only while
 * the voter is not there yet and the poll is open, so a ballot counts once and its choice is never
 * stored against the voter.
 */
final class PollStore {
    static final String COLLECTION = "polls";
    static final String COUNTERS = "poll_counters";

    private final MongoTemplate mongo;

    PollStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("source", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("branches", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("creator", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("voters", Sort.Direction.ASC));
    }

    /** Stores the poll under the next number, or returns the one {@code source} stored already (a replay). */
    Poll create(Poll unnumbered, String source) {
        Optional<Poll> replay = one(query(where("source").is(source)));
        if (replay.isPresent()) {
            return replay.get();
        }
        Poll numbered = new Poll(nextNumber(), unnumbered.question(), unnumbered.options(), unnumbered.multiple(),
                unnumbered.anonymous(), unnumbered.deadline(), unnumbered.creator(), unnumbered.creatorAccount(),
                unnumbered.origin(), unnumbered.branches(), unnumbered.createdAt(), false, List.of(), List.of());
        try {
            mongo.insert(PollCodec.document(numbered, source), COLLECTION);
            return find(numbered.number()).orElseThrow();
        } catch (DuplicateKeyException replayed) {
            return one(query(where("source").is(source))).orElseThrow(() -> replayed);
        }
    }

    Optional<Poll> find(long number) {
        return one(query(where("_id").is(number)));
    }

    Optional<Poll> latestBy(PersonId creator) {
        return one(query(where("creator").is(creator.value())).with(Sort.by(Sort.Direction.DESC, "_id")).limit(1));
    }

    /** The latest poll that reached any of the branches. */
    Optional<Poll> latestFor(Collection<UnitId> branches) {
        return one(query(where("branches").in(branches.stream().map(UnitId::value).toList()))
                .with(Sort.by(Sort.Direction.DESC, "_id")).limit(1));
    }

    /** Polls created in {@code [from, until)} that reached any of the branches. */
    List<Poll> createdBetween(Collection<UnitId> branches, Instant from, Instant until) {
        Query q = query(where("branches").in(branches.stream().map(UnitId::value).toList()).and("createdAt")
                .gte(Date.from(from)).lt(Date.from(until)));
        return mongo.find(q, Document.class, COLLECTION).stream().map(PollCodec::poll).toList();
    }

    /** Counts an anonymous ballot once: false if the voter cast one already or the poll closed. */
    boolean castAnonymous(long number, PersonId voter, Set<Integer> chosen) {
        Update update = new Update().push("voters", voter.value());
        chosen.forEach(option -> update.inc("counts." + option, 1L));
        Query fresh = query(where("_id").is(number).and("voters").ne(voter.value()).and("closed").is(false));
        return mongo.updateFirst(fresh, update, COLLECTION).getModifiedCount() > 0;
    }

    /** Closes the poll; true for the one call that closed it. */
    boolean close(long number) {
        return mongo.updateFirst(query(where("_id").is(number).and("closed").is(false)),
                new Update().set("closed", true), COLLECTION).getModifiedCount() > 0;
    }

    /** An erased voter leaves the polls they voted in; the counts, which name nobody, stay. */
    void forgetVoter(PersonId person) {
        mongo.updateMulti(query(where("voters").is(person.value())), new Update().pull("voters", person.value()),
                COLLECTION);
    }

    /**
     * A merged voter's ballots become the surviving record's. Where both voted, both ballots stay counted:
     * which options each chose is, by design, not known.
     */
    void moveVoter(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("voters").all(from.value(), into.value())),
                new Update().pull("voters", from.value()), COLLECTION);
        mongo.updateMulti(query(where("voters").is(from.value())), new Update().set("voters.$", into.value()),
                COLLECTION);
    }

    /** An erased creator's polls stay for the branches they reached, by no one. */
    void forgetCreator(PersonId creator) {
        mongo.updateMulti(query(where("creator").is(creator.value())),
                new Update().unset("creator").unset("creatorAccount"), COLLECTION);
    }

    void moveCreator(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("creator").is(from.value())), new Update().set("creator", into.value()),
                COLLECTION);
    }

    private Optional<Poll> one(Query query) {
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(PollCodec::poll);
    }

    private long nextNumber() {
        Document counter = mongo.findAndModify(query(where("_id").is(COLLECTION)), new Update().inc("seq", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, COUNTERS);
        return ((Number) counter.get("seq")).longValue();
    }
}
