package vn.chidoan.core.features.record.evaluation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code evaluations}: one document per branch and year ({@code <branch>@<year>}), the opening and its
 * deadline; {@code evaluation_entries}: one per member and year ({@code <person>@<year>}). Each step (the
 * member's own assessment, the BCH's proposal, the decision) is one update of its own fields, so steps by
 * different people never overwrite each other and a repeated step changes nothing.
 */
final class EvaluationStore {
    static final String OPENINGS = "evaluations";
    static final String ENTRIES = "evaluation_entries";
    private static final List<String> BY = List.of("proposedBy", "decidedBy");

    private final MongoTemplate mongo;

    EvaluationStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ENTRIES).createIndex(new Index("branch", Sort.Direction.ASC).on("year", Sort.Direction.ASC));
        mongo.indexOps(ENTRIES).createIndex(new Index("person", Sort.Direction.ASC));
        BY.forEach(field -> mongo.indexOps(ENTRIES).createIndex(new Index(field, Sort.Direction.ASC).sparse()));
        mongo.indexOps(OPENINGS).createIndex(new Index("openedBy", Sort.Direction.ASC).sparse());
    }

    static String id(String who, int year) {
        return who + "@" + year;
    }

    /** Opens the year's evaluation, or moves its deadline; the first opener stays on record. */
    void open(UnitId branch, int year, LocalDate deadline, PersonId by, Instant now) {
        mongo.upsert(query(where("_id").is(id(branch.value(), year))), new Update().set("branch", branch.value())
                .set("year", year).set("deadline", deadline.toString()).setOnInsert("openedAt", Date.from(now))
                .setOnInsert("openedBy", by == null ? null : by.value()), OPENINGS);
    }

    Optional<Opening> opening(UnitId branch, int year) {
        return Optional.ofNullable(mongo.findById(id(branch.value(), year), Document.class, OPENINGS))
                .map(doc -> new Opening(branch, year, LocalDate.parse(doc.getString("deadline")),
                        doc.get("sentAt") != null));
    }

    void sent(UnitId branch, int year, Instant now) {
        mongo.updateFirst(query(where("_id").is(id(branch.value(), year))), new Update().set("sentAt", Date.from(now)),
                OPENINGS);
    }

    Optional<Entry> entry(PersonId person, int year) {
        return Optional.ofNullable(mongo.findById(id(person.value(), year), Document.class, ENTRIES))
                .map(EvaluationStore::decode);
    }

    List<Entry> ofBranch(UnitId branch, int year) {
        return mongo.find(query(where("branch").is(branch.value()).and("year").is(year)), Document.class, ENTRIES)
                .stream().map(EvaluationStore::decode).toList();
    }

    /** The member's own assessment; false once the secretary decided (it is final then). */
    boolean assess(PersonId person, UnitId branch, int year, String text, Grade grade, Instant now) {
        return step(person, branch, year, new Update().set("selfText", text).set("self", grade.key())
                .set("selfAt", Date.from(now)));
    }

    /** The BCH's proposal; false once the secretary decided. */
    boolean propose(PersonId person, UnitId branch, int year, Grade grade, PersonId by, Instant now) {
        return step(person, branch, year, new Update().set("proposed", grade.key())
                .set("proposedBy", by == null ? null : by.value()).set("proposedAt", Date.from(now)));
    }

    /** The secretary's decision (they may change it); false if it was this grade already. */
    boolean decide(PersonId person, UnitId branch, int year, Grade grade, PersonId by, Instant now) {
        return upsert(query(where("_id").is(id(person.value(), year)).and("decided").ne(grade.key())),
                base(person, branch, year).set("decided", grade.key()).set("decidedBy", by == null ? null : by.value())
                        .set("decidedAt", Date.from(now)));
    }

    /** A step on the entry while no decision is made; false once there is one (it is final for the others). */
    private boolean step(PersonId person, UnitId branch, int year, Update update) {
        return upsert(query(where("_id").is(id(person.value(), year)).and("decided").exists(false)),
                merge(base(person, branch, year), update));
    }

    /** Updates the entry the query finds or makes it; false when it exists but the query does not find it. */
    private boolean upsert(Query query, Update update) {
        try {
            mongo.upsert(query, update, ENTRIES);
            return true;
        } catch (DuplicateKeyException e) {
            return false; // the entry exists and the query's condition left it out: the insert met its id
        }
    }

    private static Update base(PersonId person, UnitId branch, int year) {
        return new Update().set("person", person.value()).set("branch", branch.value()).set("year", year);
    }

    private static Update merge(Update into, Update from) {
        from.getUpdateObject().get("$set", Document.class).forEach(into::set);
        return into;
    }

    /** Removes the person's entries, and their name from the steps they took on others'. */
    void forget(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), ENTRIES);
        for (String field : BY) {
            mongo.updateMulti(query(where(field).is(person.value())), new Update().unset(field), ENTRIES);
        }
        mongo.updateMulti(query(where("openedBy").is(person.value())), new Update().unset("openedBy"), OPENINGS);
    }

    /** A merged person's entries go to the surviving one where that one has none for the year. */
    void move(PersonId from, PersonId into) {
        for (Document doc : mongo.find(query(where("person").is(from.value())), Document.class, ENTRIES)) {
            int year = doc.getInteger("year");
            if (!mongo.exists(query(where("_id").is(id(into.value(), year))), ENTRIES)) {
                Document moved = new Document(doc);
                moved.put("_id", id(into.value(), year));
                moved.put("person", into.value());
                mongo.save(moved, ENTRIES);
            }
        }
        mongo.remove(query(where("person").is(from.value())), ENTRIES);
        for (String field : BY) {
            mongo.updateMulti(query(where(field).is(from.value())), new Update().set(field, into.value()), ENTRIES);
        }
        mongo.updateMulti(query(where("openedBy").is(from.value())), new Update().set("openedBy", into.value()),
                OPENINGS);
    }

    private static Entry decode(Document doc) {
        return new Entry(new PersonId(doc.getString("person")), new UnitId(doc.getString("branch")),
                doc.getInteger("year"), doc.getString("selfText"), grade(doc, "self"), grade(doc, "proposed"),
                grade(doc, "decided"));
    }

    private static Grade grade(Document doc, String field) {
        return doc.getString(field) == null ? null : Grade.ofKey(doc.getString(field)).orElse(null);
    }
}
