package vn.chidoan.sandbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/** {@code sandbox_groups}: the simulated group chats, each with the personas taking part in it. */
final class GroupStore {
    static final String COLLECTION = "sandbox_groups";

    record Group(String id, String title, List<String> members) {
        boolean has(String persona) {
            return members.contains(persona);
        }
    }

    private final MongoTemplate mongo;
    private final Counters counters;

    GroupStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
        mongo.indexOps(COLLECTION).createIndex(new Index("members", Sort.Direction.ASC));
    }

    /** Creates the group under a fixed id with these members, or adds them to the one already there. */
    Group ensure(String id, String title, List<String> members) {
        Update update = new Update().setOnInsert("title", title).setOnInsert("order", counters.next("group"))
                .addToSet("members").each(members.toArray());
        return group(mongo.findAndModify(query(where("_id").is(id)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION));
    }

    /** A new group created from the page, {@code g-<n>}. */
    Group create(String title, String creator) {
        return ensure("g-" + counters.next("page-group"), title, List.of(creator));
    }

    void add(String id, String persona) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().addToSet("members", persona), COLLECTION);
    }

    Optional<Group> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(GroupStore::group);
    }

    List<Group> of(String persona) {
        return mongo.find(query(where("members").is(persona)).with(Sort.by("order")), Document.class, COLLECTION)
                .stream().map(GroupStore::group).toList();
    }

    private static Group group(Document doc) {
        return new Group(doc.getString("_id"), doc.getString("title"), doc.getList("members", String.class));
    }
}
