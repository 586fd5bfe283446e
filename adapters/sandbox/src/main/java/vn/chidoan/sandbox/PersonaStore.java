package vn.chidoan.sandbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** {@code sandbox_personas}: the simulated people, in the order they were created. */
final class PersonaStore {
    static final String COLLECTION = "sandbox_personas";

    private final MongoTemplate mongo;
    private final Counters counters;

    PersonaStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
    }

    /** Creates the persona under a fixed id, or returns the one already there; idempotent. */
    Persona ensure(String id, String name) {
        Update update = new Update().setOnInsert("name", name).setOnInsert("order", counters.next("persona"));
        Document doc = mongo.findAndModify(query(where("_id").is(id)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return persona(doc);
    }

    /** A new persona created from the page, {@code p-<n>}, never one that exists already. */
    Persona create(String name) {
        while (true) {
            String id = "p-" + counters.next("page-persona");
            try {
                mongo.insert(new Document("_id", id).append("name", name).append("order", counters.next("persona")),
                        COLLECTION);
                return new Persona(id, name);
            } catch (DuplicateKeyException taken) {
                // an id given out otherwise (a fixed one): take the next
            }
        }
    }

    Optional<Persona> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(PersonaStore::persona);
    }

    List<Persona> all() {
        Query all = new Query().with(Sort.by("order"));
        return mongo.find(all, Document.class, COLLECTION).stream().map(PersonaStore::persona).toList();
    }

    private static Persona persona(Document doc) {
        return new Persona(doc.getString("_id"), doc.getString("name"));
    }
}
