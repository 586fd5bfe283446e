package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * How the fee stores write what they share: months as {@code 2026-12}, lines as {@code {month, amount}},
 * terms as one sub-document each; and the counters ({@code fee_counters}) that number books and members.
 */
final class Codec {
    static final String COUNTERS = "fee_counters";

    private Codec() {
    }

    static List<Document> lines(List<Line> lines) {
        return lines.stream().map(l -> new Document("month", l.month().toString()).append("amount", l.amount())).toList();
    }

    static List<Line> lines(Document doc, String field) {
        List<Document> stored = doc.getList(field, Document.class, List.of());
        return stored.stream().map(d -> new Line(YearMonth.parse(d.getString("month")),
                ((Number) d.get("amount")).longValue())).toList();
    }

    /** The months of these lines as stored beside them, for queries by month. */
    static List<String> months(List<Line> lines) {
        return Line.months(lines).stream().map(YearMonth::toString).toList();
    }

    static Document terms(Terms terms) {
        return new Document("from", terms.from().toString()).append("low", terms.low()).append("income", terms.income())
                .append("category", terms.defaultCategory().name()).append("cycle", terms.cycle().name())
                .append("deadline", terms.deadlineDay()).append("share", terms.sharePercent());
    }

    static Terms terms(Document doc) {
        return new Terms(YearMonth.parse(doc.getString("from")), ((Number) doc.get("low")).longValue(),
                ((Number) doc.get("income")).longValue(), Category.valueOf(doc.getString("category")),
                Cycle.valueOf(doc.getString("cycle")), doc.getInteger("deadline"), doc.getInteger("share"));
    }

    static PersonId person(Document doc, String field) {
        String id = doc.getString(field);
        return id == null ? null : new PersonId(id);
    }

    static String id(PersonId person) {
        return person == null ? null : person.value();
    }

    /** Takes {@code count} numbers from the counter {@code name}; returns the first (numbers start at 1). */
    static long next(MongoTemplate mongo, String name, int count) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(name)),
                new Update().inc("value", count), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COUNTERS);
        return ((Number) counter.get("value")).longValue() - count + 1;
    }
}
