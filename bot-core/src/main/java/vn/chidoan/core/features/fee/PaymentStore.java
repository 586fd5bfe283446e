package vn.chidoan.core.features.fee;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
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
 * {@code fee_payments}: the records of every book, one document each ({@code <branch>#<number>}), never
 * changed once written except to forget a person. A unique {@code source} (what caused the record: an
 * event, a confirmed request, one member of a bulk marking) makes writing it again store nothing new.
 * {@code months} beside the lines lets a report read only the records of the months it covers.
 */
final class PaymentStore {
    static final String COLLECTION = "fee_payments";

    private final MongoTemplate mongo;

    PaymentStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("source", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC).on("number", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
    }

    /** Stores the record unless {@code source} wrote one already; returns the one stored. */
    Payment add(Payment payment, String source) {
        Optional<Payment> replay = bySource(source);
        if (replay.isPresent()) {
            return replay.get();
        }
        Document doc = new Document("_id", payment.branch().value() + "#" + payment.number())
                .append("branch", payment.branch().value()).append("number", payment.number())
                .append("person", Codec.id(payment.person())).append("lines", Codec.lines(payment.lines()))
                .append("months", Codec.months(payment.lines())).append("total", payment.total())
                .append("kind", payment.kind().name()).append("by", Codec.id(payment.by()))
                .append("at", Date.from(payment.at())).append("reason", payment.reason())
                .append("corrects", payment.corrects()).append("source", source);
        try {
            mongo.insert(doc, COLLECTION);
            return payment;
        } catch (DuplicateKeyException replayed) {
            return bySource(source).orElseThrow(() -> replayed);
        }
    }

    Optional<Payment> bySource(String source) {
        return Optional.ofNullable(mongo.findOne(query(where("source").is(source)), Document.class, COLLECTION))
                .map(PaymentStore::payment);
    }

    Optional<Payment> find(UnitId branch, long number) {
        return Optional.ofNullable(mongo.findById(branch.value() + "#" + number, Document.class, COLLECTION))
                .map(PaymentStore::payment);
    }

    /** The branch's records, by number. */
    List<Payment> ofBranch(UnitId branch) {
        return mongo.find(query(where("branch").is(branch.value())).with(Sort.by("number")), Document.class,
                COLLECTION).stream().map(PaymentStore::payment).toList();
    }

    /** The records of these branches with money for any of these months, in one read. */
    List<Payment> of(Collection<UnitId> branches, Collection<String> months) {
        Query q = query(where("branch").in(branches.stream().map(UnitId::value).toList()).and("months").in(months));
        return mongo.find(q, Document.class, COLLECTION).stream().map(PaymentStore::payment).toList();
    }

    List<Payment> ofPerson(PersonId person) {
        return mongo.find(query(where("person").is(person.value())), Document.class, COLLECTION).stream()
                .map(PaymentStore::payment).toList();
    }

    /**
     * Keeps the money and drops who paid it (and the reasons written about them): the person erased their data.
     * A source that named them (one member of a marking) names the record instead, still unique.
     */
    void anonymise(PersonId person) {
        renameInSources(person, doc -> "erased-" + doc.getString("_id"));
        mongo.updateMulti(query(where("person").is(person.value())), new Update().set("person", null)
                .set("reason", null), COLLECTION);
        mongo.updateMulti(query(where("by").is(person.value())), new Update().set("by", null), COLLECTION);
    }

    /** Moves the records of {@code from} (payer or recorder) to {@code into}, in {@code branch} only when given. */
    void move(PersonId from, PersonId into, UnitId branch) {
        Query theirs = query(where("person").is(from.value()));
        if (branch != null) {
            theirs.addCriteria(where("branch").is(branch.value()));
        }
        mongo.updateMulti(theirs, new Update().set("person", into.value()), COLLECTION);
    }

    /** Sources that named {@code from} name {@code into}: nothing of theirs is left under the old id. */
    void moveSources(PersonId from, PersonId into) {
        renameInSources(from, doc -> into.value());
    }

    /** One record at a time (single-document updates); a source is an idempotency key, so it stays unique. */
    private void renameInSources(PersonId person, Function<Document, String> replacement) {
        Query named = query(where("source").regex(Pattern.quote(person.value())));
        for (Document doc : mongo.find(named, Document.class, COLLECTION)) {
            String source = doc.getString("source").replace(person.value(), replacement.apply(doc));
            mongo.updateFirst(query(where("_id").is(doc.get("_id"))), new Update().set("source", source), COLLECTION);
        }
    }

    void moveRecorder(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("by").is(from.value())), new Update().set("by", into.value()), COLLECTION);
    }

    private static Payment payment(Document doc) {
        Object corrects = doc.get("corrects");
        return new Payment(new UnitId(doc.getString("branch")), ((Number) doc.get("number")).longValue(),
                Codec.person(doc, "person"), Codec.lines(doc, "lines"), Payment.Kind.valueOf(doc.getString("kind")),
                Codec.person(doc, "by"), doc.getDate("at").toInstant(), doc.getString("reason"),
                corrects == null ? null : ((Number) corrects).longValue());
    }
}
