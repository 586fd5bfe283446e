package vn.chidoan.core.features.form;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Forms in {@code forms}, numbered from a counter in {@code form_counters}; a unique {@code source} (the
 * event that posted it) makes posting idempotent. Seats are arrays in the form's own document, so each
 * change of them is one conditional single-document update: a place is taken only while the array has
 * fewer than {@code capacity} entries and the person is in neither array, which gives the last place
 * to exactly one of two people at once, and a person a place or a spot on the waitlist at most once.
 */
final class FormStore {
    static final String COLLECTION = "forms";
    static final String COUNTERS = "form_counters";
    private static final String FORMS_COUNTER = "forms";

    private final MongoTemplate mongo;

    FormStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("source", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("link", Sort.Direction.ASC).unique().sparse());
        mongo.indexOps(COLLECTION).createIndex(new Index("branches", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("creator", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("countsDueAt", Sort.Direction.ASC).sparse());
    }

    /** Stores the form under the next number, or returns the one {@code source} stored already (a replay). */
    Form create(Form unnumbered, String source) {
        Optional<Form> replay = bySource(source);
        if (replay.isPresent()) {
            return replay.get();
        }
        Form numbered = new Form(nextNumber(), unnumbered.link(), unnumbered.title(), unnumbered.description(),
                unnumbered.deadline(), unnumbered.capacity(), unnumbered.waitlist(), unnumbered.fields(),
                unnumbered.creator(), unnumbered.creatorAccount(), unnumbered.origin(), unnumbered.branches(),
                unnumbered.createdAt(), List.of(), List.of());
        try {
            mongo.insert(FormCodec.document(numbered, source), COLLECTION);
            return numbered;
        } catch (DuplicateKeyException replayed) {
            return bySource(source).orElseThrow(() -> replayed);
        }
    }

    Optional<Form> find(long number) {
        return one(byId(number));
    }

    Optional<Form> byLink(String link) {
        return one(query(where("link").is(link)));
    }

    /** The creator's latest form. */
    Optional<Form> latestBy(PersonId creator) {
        return one(query(where("creator").is(creator.value())).with(Sort.by(Sort.Direction.DESC, "_id")).limit(1));
    }

    /** The latest forms that reached any of the branches, newest first. */
    List<Form> latestFor(Collection<UnitId> branches, int limit) {
        Query reached = query(where("branches").in(branches.stream().map(UnitId::value).toList()))
                .with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit);
        return mongo.find(reached, Document.class, COLLECTION).stream().map(FormCodec::form).toList();
    }

    /** Forms created in {@code [from, until)} that reached any of the branches. */
    List<Form> createdBetween(Collection<UnitId> branches, Instant from, Instant until) {
        Query q = query(where("branches").in(branches.stream().map(UnitId::value).toList()).and("createdAt")
                .gte(Date.from(from)).lt(Date.from(until)));
        return mongo.find(q, Document.class, COLLECTION).stream().map(FormCodec::form).toList();
    }

    /** Takes a place while fewer than {@code capacity} are taken; false if full or the person has a spot. */
    boolean takePlace(long form, PersonId person, int capacity) {
        Query free = query(where("_id").is(form).and("places." + (capacity - 1)).exists(false)
                .and("places").ne(person.value()).and("waiting").ne(person.value()));
        return changed(free, new Update().push("places", person.value()));
    }

    /** Puts the person at the end of the waitlist, unless they have a place or a spot already. */
    boolean joinWaitlist(long form, PersonId person) {
        Query absent = query(where("_id").is(form).and("places").ne(person.value()).and("waiting").ne(person.value()));
        return changed(absent, new Update().push("waiting", person.value()));
    }

    /** Gives up the person's place or spot; false if they had none. */
    boolean leave(long form, PersonId person) {
        return changed(byId(form), new Update().pull("places", person.value()).pull("waiting", person.value()));
    }

    /** Moves {@code head}, still first on the waitlist, into a free place; false if either changed meanwhile. */
    boolean promote(long form, PersonId head, int capacity) {
        Query stillFree = query(where("_id").is(form).and("waiting.0").is(head.value())
                .and("places." + (capacity - 1)).exists(false));
        return changed(stillFree, new Update().pop("waiting", Update.Position.FIRST).push("places", head.value()));
    }

    /** Owes an edit of the posts' counts at {@code due}, unless one is owed already (which coalesces them). */
    void owesCounts(long form, Instant due) {
        mongo.updateFirst(query(where("_id").is(form).and("countsDueAt").exists(false)),
                new Update().set("countsDueAt", Date.from(due)), COLLECTION);
    }

    /** Forms that owe an edit of their counts, with when it is due. */
    Map<Long, Instant> countsOwed() {
        Query q = query(where("countsDueAt").exists(true));
        q.fields().include("_id").include("countsDueAt");
        Map<Long, Instant> owed = new HashMap<>();
        mongo.find(q, Document.class, COLLECTION).forEach(d -> owed.put(((Number) d.get("_id")).longValue(),
                d.getDate("countsDueAt").toInstant()));
        return owed;
    }

    /** Takes the owed edit (one instance wins): its number, or empty if another took it. */
    Optional<Integer> takeCounts(long form, Instant now) {
        Document taken = mongo.findAndModify(query(where("_id").is(form).and("countsDueAt").lte(Date.from(now))),
                new Update().unset("countsDueAt").inc("countsVersion", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(taken).map(d -> ((Number) d.get("countsVersion")).intValue());
    }

    /** The forms with the person in a place or on a waitlist. */
    List<Form> holding(PersonId person) {
        Query q = query(new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                where("places").is(person.value()), where("waiting").is(person.value())));
        return mongo.find(q, Document.class, COLLECTION).stream().map(FormCodec::form).toList();
    }

    /** A merged person's place or spot becomes the surviving record's, where it stands (one update per array). */
    void replace(long form, PersonId from, PersonId into) {
        for (String seats : List.of("places", "waiting")) {
            mongo.updateFirst(query(where("_id").is(form).and(seats).is(from.value())),
                    new Update().set(seats + ".$", into.value()), COLLECTION);
        }
    }

    /** An erased creator's forms stay for the branches they reached, by no one. */
    void forgetCreator(PersonId creator) {
        mongo.updateMulti(query(where("creator").is(creator.value())),
                new Update().unset("creator").unset("creatorAccount"), COLLECTION);
    }

    void moveCreator(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("creator").is(from.value())), new Update().set("creator", into.value()),
                COLLECTION);
    }

    private Optional<Form> one(Query query) {
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(FormCodec::form);
    }

    private boolean changed(Query query, Update update) {
        return mongo.updateFirst(query, update, COLLECTION).getModifiedCount() > 0;
    }

    private Optional<Form> bySource(String source) {
        return one(query(where("source").is(source)));
    }

    private long nextNumber() {
        Document counter = mongo.findAndModify(query(where("_id").is(FORMS_COUNTER)), new Update().inc("seq", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, COUNTERS);
        return ((Number) counter.get("seq")).longValue();
    }

    private static Query byId(long form) {
        return query(where("_id").is(form));
    }
}
