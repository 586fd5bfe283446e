package vn.chidoan.core.features.comment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.OpaqueTokens;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * Posts in {@code comment_posts}, numbered from a counter in {@code comment_counters}. A unique
 * {@code source} (the event that posted it) makes posting idempotent; each post keeps the counter of
 * its comments, so numbering them is one atomic increment.
 */
final class PostStore {
    static final String COLLECTION = "comment_posts";
    static final String COUNTERS = "comment_counters";
    private static final String POSTS_COUNTER = "posts";
    static final int LINK_LENGTH = 16;

    record FileDoc(Attachment.Kind kind, String fileRef, String fileName, String mimeType) {
    }

    /** {@code link}: the token its deep link carries (none on posts made before links had one). */
    record PostDoc(@Id long id, String title, String content, FileDoc file, Instant deadline, boolean anonymous,
            String poster, String posterAccount, String origin, List<String> branches, String source,
            Instant createdAt, int commentSeq, String link) {

        CommentPost toPost() {
            Attachment document = file == null ? null
                    : Attachment.inbound(file.kind(), file.fileRef(), file.fileName(), file.mimeType());
            return new CommentPost(id, title, content, document, deadline, anonymous,
                    poster == null ? null : new PersonId(poster), posterAccount == null ? null
                    : UserRef.parse(posterAccount), new UnitId(origin), branches.stream().map(UnitId::new).toList(),
                    createdAt, link);
        }
    }

    private final MongoTemplate mongo;

    PostStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("source", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("branches", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("poster", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("link", Sort.Direction.ASC));
    }

    /** Stores the post, or returns the one {@code source} already stored (a replay). */
    CommentPost create(PostDraft draft, PersonId poster, UserRef account, UnitId origin, List<UnitId> branches,
            String source, Instant now) {
        Optional<PostDoc> existing = bySource(source);
        if (existing.isPresent()) {
            return existing.get().toPost();
        }
        Attachment file = draft.document();
        PostDoc doc = new PostDoc(nextNumber(), draft.title(), draft.content(),
                file == null ? null : new FileDoc(file.kind(), file.fileRef(), file.fileName(), file.mimeType()),
                draft.deadline(), draft.anonymous(), poster.value(), account.key(), origin.value(),
                branches.stream().map(UnitId::value).toList(), source, now, 0, OpaqueTokens.next(LINK_LENGTH));
        try {
            return mongo.insert(doc, COLLECTION).toPost();
        } catch (DuplicateKeyException replay) {
            return bySource(source).orElseThrow().toPost();
        }
    }

    /** The post whose deep link carries this token. */
    Optional<CommentPost> byLink(String token) {
        return Optional.ofNullable(mongo.findOne(query(where("link").is(token)), PostDoc.class, COLLECTION))
                .map(PostDoc::toPost);
    }

    Optional<CommentPost> find(long number) {
        return Optional.ofNullable(mongo.findById(number, PostDoc.class, COLLECTION)).map(PostDoc::toPost);
    }

    /** The poster's latest post. */
    Optional<CommentPost> latestBy(PersonId poster) {
        Query mine = query(where("poster").is(poster.value())).with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(mine, PostDoc.class, COLLECTION)).map(PostDoc::toPost);
    }

    /** The posts made in {@code [from, until)} that reached any of these branches. */
    List<CommentPost> createdBetween(Collection<UnitId> branches, Instant from, Instant until) {
        Query reached = query(where("branches").in(branches.stream().map(UnitId::value).toList()).and("createdAt")
                .gte(Date.from(from)).lt(Date.from(until)));
        return mongo.find(reached, PostDoc.class, COLLECTION).stream().map(PostDoc::toPost).toList();
    }

    /** The latest posts that reached the branch, newest first. */
    List<CommentPost> latestFor(UnitId branch, int limit) {
        Query reached = query(where("branches").is(branch.value())).with(Sort.by(Sort.Direction.DESC, "_id"))
                .limit(limit);
        return mongo.find(reached, PostDoc.class, COLLECTION).stream().map(PostDoc::toPost).toList();
    }

    /**
     * The posts of an erased person stay for the branches they reached (with the comments of others), by
     * no one: neither the poster nor their account, nor the event that posted them, is kept.
     */
    void forgetPoster(PersonId poster) {
        Query theirs = query(where("poster").is(poster.value()));
        theirs.fields().include("_id");
        for (Document post : mongo.find(theirs, Document.class, COLLECTION)) {
            mongo.updateFirst(query(where("_id").is(post.get("_id"))), new Update().unset("poster")
                    .unset("posterAccount").set("source", "erased:" + post.get("_id")), COLLECTION);
        }
    }

    /** A merged person's posts become the surviving record's. */
    void movePoster(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("poster").is(from.value())), new Update().set("poster", into.value()), COLLECTION);
    }

    /** The next comment number of the post: one atomic increment, so two comments never share one. */
    int nextCommentNumber(long post) {
        Document after = mongo.findAndModify(query(where("_id").is(post)), new Update().inc("commentSeq", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        if (after == null) {
            throw new IllegalStateException("no comment post " + post);
        }
        return after.getInteger("commentSeq");
    }

    private long nextNumber() {
        Document counter = mongo.findAndModify(query(where("_id").is(POSTS_COUNTER)), new Update().inc("seq", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, COUNTERS);
        return ((Number) counter.get("seq")).longValue();
    }

    private Optional<PostDoc> bySource(String source) {
        return Optional.ofNullable(mongo.findOne(query(where("source").is(source)), PostDoc.class, COLLECTION));
    }
}
