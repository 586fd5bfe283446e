package vn.chidoan.core.features.comment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Comments in {@code comments}, one document each ({@code <post>:<number>}), and the "no comment"
 * answers in {@code comment_passes}, one per post and person. A unique {@code source} (the event that
 * wrote the comment) makes a replay store nothing new.
 */
final class CommentStore {
    static final String COLLECTION = "comments";
    static final String PASSES = "comment_passes";

    record CommentDoc(@Id String id, long post, int number, String person, String branch, String text,
            Instant at, Instant editedAt, boolean withdrawn, String source) {

        Comment toComment() {
            return new Comment(post, number, new PersonId(person), new UnitId(branch), text, at, editedAt, withdrawn);
        }
    }

    record PassDoc(@Id String id, long post, String person, String branch, Instant at) {
    }

    private final MongoTemplate mongo;

    CommentStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("source", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("post", Sort.Direction.ASC));
        mongo.indexOps(PASSES).createIndex(new Index("post", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
        mongo.indexOps(PASSES).createIndex(new Index("person", Sort.Direction.ASC));
    }

    Optional<Comment> bySource(String source) {
        return Optional.ofNullable(mongo.findOne(query(where("source").is(source)), CommentDoc.class, COLLECTION))
                .map(CommentDoc::toComment);
    }

    /** Stores a comment under its number; a replay of {@code source} returns the first one. */
    Comment add(long post, int number, PersonId person, UnitId branch, String text, String source, Instant now) {
        CommentDoc doc = new CommentDoc(post + ":" + number, post, number, person.value(), branch.value(), text, now,
                null, false, source);
        try {
            return mongo.insert(doc, COLLECTION).toComment();
        } catch (DuplicateKeyException replay) {
            return bySource(source).orElseThrow(() -> replay);
        }
    }

    Optional<Comment> find(long post, int number) {
        return Optional.ofNullable(mongo.findById(post + ":" + number, CommentDoc.class, COLLECTION))
                .map(CommentDoc::toComment);
    }

    /** The post's comments that stand (not withdrawn), by number. */
    List<Comment> standing(long post) {
        Query live = query(where("post").is(post).and("withdrawn").is(false)).with(Sort.by("number"));
        return mongo.find(live, CommentDoc.class, COLLECTION).stream().map(CommentDoc::toComment).toList();
    }

    /** Replaces the text of the person's standing comment; false if it is not theirs or withdrawn. */
    boolean edit(long post, int number, PersonId person, String text, Instant now) {
        return mongo.updateFirst(mine(post, number, person), new Update().set("text", text).set("editedAt", now),
                COLLECTION).getModifiedCount() > 0;
    }

    boolean withdraw(long post, int number, PersonId person, Instant now) {
        return mongo.updateFirst(mine(post, number, person), new Update().set("withdrawn", true).set("editedAt", now),
                COLLECTION).getModifiedCount() > 0;
    }

    /** Records "no comment"; answering again changes nothing. */
    void pass(long post, PersonId person, UnitId branch, Instant now) {
        Query id = query(where("_id").is(post + ":" + person.value()));
        mongo.upsert(id, new Update().setOnInsert("post", post).setOnInsert("person", person.value())
                .setOnInsert("branch", branch.value()).setOnInsert("at", now), PASSES);
    }

    boolean passed(long post, PersonId person) {
        return mongo.exists(query(where("_id").is(post + ":" + person.value())), PASSES);
    }

    /** A member's answer to a post: a standing comment, or "no comment". */
    record Answer(long post, PersonId person, UnitId branch) {
    }

    /** Every standing comment and every "no comment" on these posts, one answer each. */
    List<Answer> answersTo(Collection<Long> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        List<Answer> answers = new ArrayList<>();
        mongo.find(query(where("post").in(posts).and("withdrawn").is(false)), CommentDoc.class, COLLECTION)
                .forEach(c -> answers.add(new Answer(c.post(), new PersonId(c.person()), new UnitId(c.branch()))));
        mongo.find(query(where("post").in(posts)), PassDoc.class, PASSES)
                .forEach(p -> answers.add(new Answer(p.post(), new PersonId(p.person()), new UnitId(p.branch()))));
        return answers;
    }

    /** Who answered "no comment". */
    Set<PersonId> passers(long post) {
        return mongo.find(query(where("post").is(post)), PassDoc.class, PASSES).stream()
                .map(p -> new PersonId(p.person())).collect(Collectors.toSet());
    }

    /** An erased person's comments and "no comment" answers go; the numbers of the others stay. */
    void forget(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
        mongo.remove(query(where("person").is(person.value())), PASSES);
    }

    /** A merged person's comments and answers become the surviving record's (one "no comment" per post still). */
    void move(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("person").is(from.value())), new Update().set("person", into.value()), COLLECTION);
        for (PassDoc pass : mongo.find(query(where("person").is(from.value())), PassDoc.class, PASSES)) {
            pass(pass.post(), into, new UnitId(pass.branch()), pass.at());
            mongo.remove(query(where("_id").is(pass.id())), PASSES);
        }
    }

    private static Query mine(long post, int number, PersonId person) {
        return query(where("_id").is(post + ":" + number).and("person").is(person.value()).and("withdrawn").is(false));
    }
}
