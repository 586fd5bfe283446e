package vn.chidoan.core.features.fee;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code fee_remittances}: money a branch passed up to the upper level (trích nộp), one document per
 * record, keyed by the event that made it. A period's amount is the sum of its records, so a second
 * transfer, or a correction by a negative amount, adds a record and overwrites nothing.
 */
final class RemittanceStore {
    static final String COLLECTION = "fee_remittances";

    /** Money passed up for the months of {@code period}. */
    record Remittance(UnitId branch, FeePeriod period, long amount, PersonId by, Instant at) {
    }

    private final MongoTemplate mongo;

    RemittanceStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC).on("last", Sort.Direction.ASC));
    }

    void add(String key, Remittance remittance) {
        Update update = new Update().setOnInsert("branch", remittance.branch().value())
                .setOnInsert("first", remittance.period().first().toString())
                .setOnInsert("last", remittance.period().last().toString()).setOnInsert("amount", remittance.amount())
                .setOnInsert("by", Codec.id(remittance.by())).setOnInsert("at", Date.from(remittance.at()));
        mongo.upsert(query(where("_id").is(key)), update, COLLECTION);
    }

    /** The records of these branches whose period ends in {@code span}, in one read. */
    List<Remittance> of(Collection<UnitId> branches, FeePeriod span) {
        return mongo.find(query(where("branch").in(branches.stream().map(UnitId::value).toList()).and("last")
                .gte(span.first().toString()).lte(span.last().toString())), Document.class, COLLECTION).stream()
                .map(doc -> new Remittance(new UnitId(doc.getString("branch")),
                        new FeePeriod(YearMonth.parse(doc.getString("first")), YearMonth.parse(doc.getString("last"))),
                        ((Number) doc.get("amount")).longValue(), Codec.person(doc, "by"), doc.getDate("at").toInstant()))
                .toList();
    }

    void forget(PersonId person) {
        mongo.updateMulti(query(where("by").is(person.value())), new Update().set("by", null), COLLECTION);
    }

    void move(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("by").is(from.value())), new Update().set("by", into.value()), COLLECTION);
    }
}
