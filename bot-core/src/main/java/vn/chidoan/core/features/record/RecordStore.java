package vn.chidoan.core.features.record;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.status.FeeCategory;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusSpell;

/**
 * {@code member_records}: one document per person, keyed by the person, so every change is one atomic
 * update of it. Days are kept as {@code yyyy-MM-dd} text (they are days, not instants, and sort as text);
 * enums by name. Indexed by branch and status (a branch's records), and by date of birth (who turns 30).
 */
final class RecordStore {
    static final String COLLECTION = "member_records";

    private final MongoTemplate mongo;

    RecordStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC)
                .on("birthDate", Sort.Direction.ASC));
    }

    Optional<MemberRecord> find(PersonId person) {
        return Optional.ofNullable(mongo.findById(person.value(), Document.class, COLLECTION)).map(RecordStore::decode);
    }

    List<MemberRecord> of(Collection<PersonId> people) {
        return mongo.find(query(where("_id").in(people.stream().map(PersonId::value).toList())), Document.class,
                COLLECTION).stream().map(RecordStore::decode).toList();
    }

    /** The records of the branch whose status is one of {@code statuses}. */
    List<MemberRecord> ofBranch(UnitId branch, Collection<MemberStatus> statuses) {
        return mongo.find(query(where("branch").is(branch.value()).and("status")
                .in(statuses.stream().map(Enum::name).toList())), Document.class, COLLECTION).stream()
                .map(RecordStore::decode).toList();
    }

    /** The branch's records of members born before {@code before} who are on its roster. */
    List<MemberRecord> bornBefore(UnitId branch, LocalDate before) {
        List<String> onRoster = java.util.stream.Stream.of(MemberStatus.values()).filter(MemberStatus::onRoster)
                .map(Enum::name).toList();
        Query query = query(where("branch").is(branch.value()).and("birthDate").lt(before.toString())
                .and("status").in(onRoster)).with(Sort.by("birthDate"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(RecordStore::decode).toList();
    }

    /** Creates the person's record in the branch, active, unless they have one; returns it as it is now. */
    MemberRecord open(PersonId person, UnitId branch, Instant now) {
        mongo.upsert(query(where("_id").is(person.value())), new Update().setOnInsert("branch", branch.value())
                .setOnInsert("status", MemberStatus.ACTIVE.name()).setOnInsert("createdAt", Date.from(now)), COLLECTION);
        return find(person).orElseThrow();
    }

    void set(PersonId person, Map<Field, Object> values, Instant now) {
        Update update = new Update().set("updatedAt", Date.from(now));
        values.forEach((field, value) -> {
            if (value == null) {
                update.unset(field.stored());
            } else {
                update.set(field.stored(), encode(value));
            }
        });
        mongo.updateFirst(query(where("_id").is(person.value())), update, COLLECTION);
    }

    void status(PersonId person, StatusSpell spell, String note, Instant now) {
        Update update = new Update().set("status", spell.status().name()).set("updatedAt", Date.from(now));
        setOrUnset(update, "statusFrom", spell.from() == null ? null : spell.from().toString());
        setOrUnset(update, "statusUntil", spell.until() == null ? null : spell.until().toString());
        setOrUnset(update, "statusNote", note);
        mongo.updateFirst(query(where("_id").is(person.value())), update, COLLECTION);
    }

    void branch(PersonId person, UnitId branch, Instant now) {
        mongo.updateFirst(query(where("_id").is(person.value())),
                new Update().set("branch", branch.value()).set("updatedAt", Date.from(now)), COLLECTION);
    }

    /** Adds the honour unless the record has this very one. */
    void mark(PersonId person, Mark mark) {
        mongo.updateFirst(query(where("_id").is(person.value())), new Update().addToSet("marks",
                new Document("kind", mark.kind().name()).append("day", mark.day().toString())
                        .append("decision", mark.decision())), COLLECTION);
    }

    void delete(PersonId person) {
        mongo.remove(query(where("_id").is(person.value())), COLLECTION);
    }

    /** The raw document, for merging two records of one person. */
    Optional<Document> raw(PersonId person) {
        return Optional.ofNullable(mongo.findById(person.value(), Document.class, COLLECTION));
    }

    void save(Document doc) {
        mongo.save(doc, COLLECTION);
    }

    private static void setOrUnset(Update update, String key, Object value) {
        if (value == null) {
            update.unset(key);
        } else {
            update.set(key, value);
        }
    }

    private static Object encode(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    static MemberRecord decode(Document doc) {
        Map<Field, Object> fields = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            String stored = doc.getString(field.stored());
            if (stored != null) {
                fields.put(field, switch (field) {
                    case BIRTH_DATE, JOINED_UNION -> LocalDate.parse(stored);
                    case GENDER -> Gender.valueOf(stored);
                    case FEE_CATEGORY -> FeeCategory.valueOf(stored);
                    case CARD_NUMBER, PHONE -> stored;
                });
            }
        }
        StatusSpell status = new StatusSpell(MemberStatus.valueOf(doc.getString("status")), day(doc, "statusFrom"),
                day(doc, "statusUntil"));
        List<Mark> marks = new ArrayList<>();
        for (Document mark : doc.getList("marks", Document.class, List.of())) {
            marks.add(new Mark(Mark.Kind.valueOf(mark.getString("kind")), LocalDate.parse(mark.getString("day")),
                    mark.getString("decision")));
        }
        return new MemberRecord(new PersonId(doc.getString("_id")), new UnitId(doc.getString("branch")), fields,
                status, doc.getString("statusNote"), marks);
    }

    private static LocalDate day(Document doc, String key) {
        String day = doc.getString(key);
        return day == null ? null : LocalDate.parse(day);
    }
}
