package vn.chidoan.sandbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** {@code sandbox_counters}: named sequences for ids and message revisions, one atomic increment each. */
final class Counters {
    static final String COLLECTION = "sandbox_counters";

    private final MongoTemplate mongo;

    Counters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    long next(String name) {
        Document doc = mongo.findAndModify(query(where("_id").is(name)), new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        return ((Number) doc.get("value")).longValue();
    }

    /** The sequence's last value, 0 if it was never advanced. */
    long current(String name) {
        Document doc = mongo.findById(name, Document.class, COLLECTION);
        return doc == null ? 0 : ((Number) doc.get("value")).longValue();
    }
}
