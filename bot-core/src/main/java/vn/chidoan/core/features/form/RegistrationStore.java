package vn.chidoan.core.features.form;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Registrations in {@code form_registrations}, one document per form and person
 * ({@code <form>:<person>}): the answers as they are typed, the field asked last, the status. Every
 * write is one single-document update; a status moves only from the one it was read in.
 */
final class RegistrationStore {
    static final String COLLECTION = "form_registrations";

    private final MongoTemplate mongo;

    RegistrationStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("form", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
    }

    static String id(long form, PersonId person) {
        return form + ":" + person.value();
    }

    Optional<Registration> find(long form, PersonId person) {
        return Optional.ofNullable(mongo.findById(id(form, person), Document.class, COLLECTION))
                .map(RegistrationStore::registration);
    }

    /** The person's registration, made as an empty draft (one answer per field) if they had none. */
    Registration draft(long form, PersonId person, UnitId branch, int fields, Instant now) {
        Update update = new Update().setOnInsert("form", form).setOnInsert("person", person.value())
                .setOnInsert("branch", branch.value()).setOnInsert("status", Registration.Status.DRAFT.name())
                .setOnInsert("answers", Collections.nCopies(fields, null)).setOnInsert("next", 0)
                .setOnInsert("round", 0).setOnInsert("createdAt", Date.from(now));
        return registration(mongo.findAndModify(query(where("_id").is(id(form, person))), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION));
    }

    /** Stores one answer (null: skipped) and which field comes next. */
    void answer(long form, PersonId person, int field, String value, int next, Instant now) {
        mongo.updateFirst(query(where("_id").is(id(form, person))), new Update().set("answers." + field, value)
                .set("next", next).set("updatedAt", Date.from(now)), COLLECTION);
    }

    void next(long form, PersonId person, int next) {
        mongo.updateFirst(query(where("_id").is(id(form, person))), new Update().set("next", next), COLLECTION);
    }

    /** Records where a sent registration stands (a place or the waitlist); false if it stood there already. */
    boolean stand(long form, PersonId person, Registration.Status status, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id(form, person)).and("status").ne(status.name())),
                new Update().set("status", status.name()).set("submittedAt", Date.from(now)), COLLECTION)
                .getModifiedCount() > 0;
    }

    /** Moves a waiting registration to a place; true only for the one update that did it. */
    boolean promoted(long form, PersonId person, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id(form, person)).and("status")
                .is(Registration.Status.WAITING.name())), new Update().set("status",
                        Registration.Status.REGISTERED.name()).set("promotedAt", Date.from(now)), COLLECTION)
                .getModifiedCount() > 0;
    }

    /** Withdraws a standing registration (the next promotion of the person will be a new round). */
    boolean withdraw(long form, PersonId person, Instant now) {
        Query standing = query(where("_id").is(id(form, person)).and("status").in(
                Registration.Status.REGISTERED.name(), Registration.Status.WAITING.name()));
        return mongo.updateFirst(standing, new Update().set("status", Registration.Status.WITHDRAWN.name())
                .inc("round", 1).set("updatedAt", Date.from(now)), COLLECTION).getModifiedCount() > 0;
    }

    /** Every registration of the form, in the order they were first made. */
    List<Registration> ofForm(long form) {
        return find(query(where("form").is(form)).with(Sort.by("createdAt", "_id")));
    }

    /** How many of the form's registrations stand in this status. */
    long count(long form, Registration.Status status) {
        return mongo.count(query(where("form").is(form).and("status").is(status.name())), COLLECTION);
    }

    /** The registrations of these forms by these people, whatever their status. */
    List<Registration> of(Collection<Long> forms, Collection<PersonId> people) {
        return find(query(where("form").in(forms).and("person").in(people.stream().map(PersonId::value).toList())));
    }

    List<Registration> ofPerson(PersonId person) {
        return find(query(where("person").is(person.value())));
    }

    void deleteAll(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
    }

    void delete(long form, PersonId person) {
        mongo.remove(query(where("_id").is(id(form, person))), COLLECTION);
    }

    /** Stores a registration whole under its form and person (a merged person's, moved). */
    void put(Registration registration) {
        mongo.save(document(registration), COLLECTION);
    }

    private List<Registration> find(Query query) {
        return mongo.find(query, Document.class, COLLECTION).stream().map(RegistrationStore::registration).toList();
    }

    private static Document document(Registration r) {
        return new Document("_id", id(r.form(), r.person())).append("form", r.form())
                .append("person", r.person().value()).append("branch", r.branch().value())
                .append("status", r.status().name()).append("answers", new ArrayList<>(r.answers()))
                .append("next", r.next()).append("round", r.round()).append("createdAt", FormCodec.date(r.createdAt()))
                .append("submittedAt", FormCodec.date(r.submittedAt()));
    }

    static Registration registration(Document doc) {
        List<String> answers = new ArrayList<>();
        for (Object answer : doc.getList("answers", Object.class, List.of())) {
            answers.add(answer == null ? null : answer.toString());
        }
        return new Registration(((Number) doc.get("form")).longValue(), new PersonId(doc.getString("person")),
                new UnitId(doc.getString("branch")), Registration.Status.valueOf(doc.getString("status")), answers,
                doc.getInteger("next", 0), doc.getInteger("round", 0), FormCodec.instant(doc.getDate("createdAt")),
                FormCodec.instant(doc.getDate("submittedAt")));
    }
}
