package vn.chidoan.core.features.poll;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Answers to polls that name their voters, in {@code poll_votes}, one document per (poll, person) under
 * the id {@code <poll>:<person>}: answering again replaces the answer, so a person counts once. Anonymous
 * polls write nothing here.
 */
final class VoteStore {
    static final String COLLECTION = "poll_votes";

    private final MongoTemplate mongo;

    VoteStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("poll", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
    }

    void put(Vote vote) {
        Document doc = new Document("_id", id(vote.poll(), vote.person())).append("poll", vote.poll())
                .append("person", vote.person().value()).append("branch", vote.branch().value())
                .append("options", vote.options()).append("at", Date.from(vote.at()));
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", doc.get("_id")), doc,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    Optional<Vote> find(long poll, PersonId person) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id(poll, person))), Document.class,
                COLLECTION)).map(VoteStore::vote);
    }

    List<Vote> ofPoll(long poll) {
        return all(query(where("poll").is(poll)));
    }

    List<Vote> ofPerson(PersonId person) {
        return all(query(where("person").is(person.value())));
    }

    void delete(long poll, PersonId person) {
        mongo.remove(query(where("_id").is(id(poll, person))), COLLECTION);
    }

    void deleteAll(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
    }

    private List<Vote> all(Query query) {
        return mongo.find(query, Document.class, COLLECTION).stream().map(VoteStore::vote).toList();
    }

    private static String id(long poll, PersonId person) {
        return poll + ":" + person.value();
    }

    private static Vote vote(Document doc) {
        return new Vote(((Number) doc.get("poll")).longValue(), new PersonId(doc.getString("person")),
                new UnitId(doc.getString("branch")), doc.getList("options", Integer.class, List.of()),
                doc.getDate("at").toInstant());
    }
}
