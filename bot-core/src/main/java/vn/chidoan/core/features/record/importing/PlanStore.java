package vn.chidoan.core.features.record.importing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.Gender;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.status.FeeCategory;

/**
 * {@code roster_imports}: one document per checked file, its {@code _id} derived from the message that
 * brought the file (a replayed message finds the same plan). Moving on is one conditional update of it:
 * PENDING to APPLYING (the press that confirms), a row done, APPLYING to APPLIED (the rows, which name
 * people, are dropped then; the counts stay) or PENDING to CANCELLED. Days as {@code yyyy-MM-dd} text.
 */
final class PlanStore {
    static final String COLLECTION = "roster_imports";

    private final MongoTemplate mongo;

    PlanStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("status", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("by", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("rows.person", Sort.Direction.ASC));
    }

    /** Keeps the plan unless one with its id is kept already (the same message handled again). */
    void keep(ImportPlan plan) {
        Document doc = new Document("branch", plan.branch().value()).append("by", plan.by().value())
                .append("status", ImportPlan.Status.PENDING.name()).append("roster", plan.roster())
                .append("createdAt", Date.from(plan.createdAt())).append("adds", plan.count(ImportPlan.Kind.ADD))
                .append("changes", plan.count(ImportPlan.Kind.CHANGE))
                .append("rows", plan.rows().stream().map(PlanStore::encode).toList());
        Update update = new Update();
        doc.forEach(update::setOnInsert);
        mongo.upsert(query(where("_id").is(plan.id())), update, COLLECTION);
    }

    Optional<ImportPlan> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(PlanStore::decode);
    }

    /** PENDING to APPLYING, by whom and when; empty when it was not pending any more. */
    Optional<ImportPlan> claim(String id, PersonId by, Instant at) {
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(id).and("status")
                .is(ImportPlan.Status.PENDING.name())), new Update().set("status", ImportPlan.Status.APPLYING.name())
                        .set("confirmedBy", by.value()).set("confirmedAt", Date.from(at)),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)).map(PlanStore::decode);
    }

    boolean cancel(String id, Instant at) {
        return mongo.updateFirst(query(where("_id").is(id).and("status").is(ImportPlan.Status.PENDING.name())),
                new Update().set("status", ImportPlan.Status.CANCELLED.name()).set("cancelledAt", Date.from(at))
                        .unset("rows"), COLLECTION).getModifiedCount() > 0;
    }

    /** Row {@code index} is applied, to {@code person}. */
    void done(String id, int index, PersonId person) {
        mongo.updateFirst(query(where("_id").is(id).and("status").is(ImportPlan.Status.APPLYING.name())),
                new Update().set("rows." + index + ".done", true).set("rows." + index + ".person", person.value()),
                COLLECTION);
    }

    /** APPLYING to APPLIED; the rows go. False when another run got there first. */
    boolean applied(String id, Instant at) {
        return mongo.updateFirst(query(where("_id").is(id).and("status").is(ImportPlan.Status.APPLYING.name())),
                new Update().set("status", ImportPlan.Status.APPLIED.name()).set("appliedAt", Date.from(at))
                        .unset("rows"), COLLECTION).getModifiedCount() > 0;
    }

    /** Plans some run confirmed before {@code before} and did not finish: a crash cut them short. */
    List<ImportPlan> unfinished(Instant before) {
        return mongo.find(query(where("status").is(ImportPlan.Status.APPLYING.name()).and("confirmedAt")
                .lt(Date.from(before))), Document.class, COLLECTION).stream().map(PlanStore::decode).toList();
    }

    /** Every plan naming the person (who sent or confirmed it, a row about them). */
    List<Document> naming(PersonId person) {
        return mongo.find(naming(person.value()), Document.class, COLLECTION);
    }

    void delete(String id) {
        mongo.remove(query(where("_id").is(id)), COLLECTION);
    }

    void replace(Document doc) {
        mongo.save(doc, COLLECTION);
    }

    private static Query naming(String person) {
        return query(new Criteria().orOperator(where("by").is(person), where("confirmedBy").is(person),
                where("rows.person").is(person)));
    }

    private static Document encode(ImportPlan.Row row) {
        Document values = new Document();
        row.values().forEach((field, value) -> values.append(field.key(),
                value instanceof Enum<?> e ? e.name() : value.toString()));
        Document doc = new Document("row", row.row()).append("kind", row.kind().name()).append("name", row.name())
                .append("values", values).append("done", row.done());
        if (row.person() != null) {
            doc.append("person", row.person().value());
        }
        if (row.number() != null) {
            doc.append("number", row.number());
        }
        return doc;
    }

    private static ImportPlan decode(Document doc) {
        List<ImportPlan.Row> rows = new ArrayList<>();
        for (Document row : doc.getList("rows", Document.class, List.of())) {
            Map<Field, Object> values = new EnumMap<>(Field.class);
            row.get("values", Document.class).forEach((key, value) -> Field.of(key)
                    .ifPresent(field -> values.put(field, value(field, (String) value))));
            rows.add(new ImportPlan.Row(row.getInteger("row"), ImportPlan.Kind.valueOf(row.getString("kind")),
                    person(row.getString("person")), row.getInteger("number"), row.getString("name"), values,
                    row.getBoolean("done", false)));
        }
        return new ImportPlan(doc.getString("_id"), new UnitId(doc.getString("branch")), person(doc.getString("by")),
                ImportPlan.Status.valueOf(doc.getString("status")), doc.getString("roster"),
                instant(doc.getDate("createdAt")), person(doc.getString("confirmedBy")),
                instant(doc.getDate("confirmedAt")), rows);
    }

    private static Object value(Field field, String stored) {
        return switch (field) {
            case BIRTH_DATE, JOINED_UNION -> LocalDate.parse(stored);
            case GENDER -> Gender.valueOf(stored);
            case FEE_CATEGORY -> FeeCategory.valueOf(stored);
            case CARD_NUMBER, PHONE -> stored;
        };
    }

    private static PersonId person(String id) {
        return id == null ? null : new PersonId(id);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
