package vn.chidoan.core.features.record.training;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code member_goals}: one document per member and year ({@code <person>@<year>}); registering replaces
 * the goals while none is done, and marking one done is one update of its place in the list.
 */
final class GoalStore {
    static final String COLLECTION = "member_goals";

    private final MongoTemplate mongo;

    GoalStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC).on("year", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
    }

    static String id(PersonId person, int year) {
        return person.value() + "@" + year;
    }

    Optional<Goals> find(PersonId person, int year) {
        return Optional.ofNullable(mongo.findById(id(person, year), Document.class, COLLECTION)).map(GoalStore::decode);
    }

    List<Goals> ofBranch(UnitId branch, int year) {
        return mongo.find(query(where("branch").is(branch.value()).and("year").is(year)), Document.class, COLLECTION)
                .stream().map(GoalStore::decode).toList();
    }

    /** Sets the year's goals unless one of them is done already; false then. */
    boolean register(PersonId person, UnitId branch, int year, List<String> goals, Instant now) {
        List<Document> items = goals.stream().map(text -> new Document("text", text).append("done", false)).toList();
        Document existing = mongo.findById(id(person, year), Document.class, COLLECTION);
        if (existing != null && decode(existing).done() > 0) {
            return false;
        }
        mongo.upsert(query(where("_id").is(id(person, year))), new Update().set("person", person.value())
                .set("branch", branch.value()).set("year", year).set("items", items).set("setAt", Date.from(now)),
                COLLECTION);
        return true;
    }

    /** Marks goal {@code index} (from 0) done; false if it is past the list or done already. */
    boolean markDone(PersonId person, int year, int index, PersonId by, LocalDate day) {
        return mongo.updateFirst(query(where("_id").is(id(person, year)).and("items." + index + ".done").is(false)),
                new Update().set("items." + index + ".done", true).set("items." + index + ".doneOn", day.toString())
                        .set("items." + index + ".doneBy", by == null ? null : by.value()), COLLECTION)
                .getModifiedCount() > 0;
    }

    void forget(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
        for (Document doc : mongo.find(query(where("items.doneBy").is(person.value())), Document.class, COLLECTION)) {
            List<Document> items = doc.getList("items", Document.class, List.of());
            items.stream().filter(item -> person.value().equals(item.getString("doneBy")))
                    .forEach(item -> item.remove("doneBy"));
            mongo.updateFirst(query(where("_id").is(doc.get("_id"))), new Update().set("items", items), COLLECTION);
        }
    }

    /** A merged person's goals: theirs where the surviving record has none for that year. */
    void move(PersonId from, PersonId into) {
        for (Document doc : mongo.find(query(where("person").is(from.value())), Document.class, COLLECTION)) {
            int year = doc.getInteger("year");
            if (!mongo.exists(query(where("_id").is(id(into, year))), COLLECTION)) {
                Document moved = new Document(doc);
                moved.put("_id", id(into, year));
                moved.put("person", into.value());
                mongo.save(moved, COLLECTION);
            }
        }
        mongo.remove(query(where("person").is(from.value())), COLLECTION);
    }

    private static Goals decode(Document doc) {
        List<Goals.Goal> items = new ArrayList<>();
        for (Document item : doc.getList("items", Document.class, List.of())) {
            items.add(new Goals.Goal(item.getString("text"), Boolean.TRUE.equals(item.getBoolean("done"))));
        }
        return new Goals(new PersonId(doc.getString("person")), new UnitId(doc.getString("branch")),
                doc.getInteger("year"), items);
    }
}
