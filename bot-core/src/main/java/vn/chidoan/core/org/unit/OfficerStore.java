package vn.chidoan.core.org.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/** {@code officers}: who is an officer of which unit, one document per (person, unit). */
final class OfficerStore {
    static final String COLLECTION = "officers";

    record OfficerDoc(@Id String id, String person, String unit, Instant since) {
    }

    private final MongoTemplate mongo;

    OfficerStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("unit", Sort.Direction.ASC));
    }

    void appoint(PersonId person, UnitId unit, Instant now) {
        mongo.upsert(query(where("_id").is(id(person, unit))), new Update()
                .setOnInsert("person", person.value()).setOnInsert("unit", unit.value()).setOnInsert("since", now),
                COLLECTION);
    }

    List<UnitId> unitsOf(PersonId person) {
        return mongo.find(query(where("person").is(person.value())), OfficerDoc.class, COLLECTION).stream()
                .map(o -> new UnitId(o.unit())).toList();
    }

    /** Who leads the unit, by when they became its officer. */
    List<PersonId> personsOf(UnitId unit) {
        return mongo.find(query(where("unit").is(unit.value())).with(Sort.by("since")), OfficerDoc.class, COLLECTION)
                .stream().map(o -> new PersonId(o.person())).toList();
    }

    List<OfficerDoc> ofUnits(Collection<UnitId> units) {
        return mongo.find(query(where("unit").in(units.stream().map(UnitId::value).toList())), OfficerDoc.class,
                COLLECTION);
    }

    /**
     * {@code to} becomes an officer wherever {@code from} was (keeping the date), and {@code from}
     * nowhere; an office {@code to} did not hold before remembers it came from {@code from}, so that
     * undoing the merge ({@link #giveBack}) returns it.
     */
    void reassign(PersonId from, PersonId to) {
        for (OfficerDoc held : mongo.find(query(where("person").is(from.value())), OfficerDoc.class, COLLECTION)) {
            mongo.upsert(query(where("_id").is(id(to, new UnitId(held.unit())))), new Update()
                    .setOnInsert("person", to.value()).setOnInsert("unit", held.unit())
                    .setOnInsert("since", held.since()).setOnInsert("mergedFrom", from.value()), COLLECTION);
        }
        dismissEverywhere(from);
    }

    /** The offices {@code holder} got from {@code restored} in a merge go back to {@code restored}. */
    void giveBack(PersonId holder, PersonId restored) {
        for (OfficerDoc held : mongo.find(query(where("person").is(holder.value()).and("mergedFrom")
                .is(restored.value())), OfficerDoc.class, COLLECTION)) {
            appoint(restored, new UnitId(held.unit()), held.since());
            mongo.remove(query(where("_id").is(held.id())), COLLECTION);
        }
    }

    private static String id(PersonId person, UnitId unit) {
        return person.value() + "|" + unit.value();
    }

    void dismissEverywhere(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
    }
}
