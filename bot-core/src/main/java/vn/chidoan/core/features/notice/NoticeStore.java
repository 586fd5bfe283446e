package vn.chidoan.core.features.notice;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
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
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * Notices in {@code notices}, numbered from a counter in {@code notice_counters}. A unique {@code source}
 * (the event that sent it) makes sending idempotent. The progress shown to the sender is one field,
 * changed by a conditional update, so of two instances only one edits the message for a new state.
 */
final class NoticeStore {
    static final String COLLECTION = "notices";
    static final String COUNTERS = "notice_counters";

    record FileDoc(Attachment.Kind kind, String fileRef, String fileName, String mimeType, Platform platform) {
    }

    record NoticeDoc(@Id long id, String text, FileDoc file, String sender, String senderAccount, String origin,
            List<String> targets, List<String> branches, boolean needsAck, Instant deadline, boolean urgent,
            List<Long> offsets, Long parent, String note, List<String> chain, String source, String progressChat,
            String lang, Instant createdAt, Instant sentAt, String progressShown, int progressRev) {

        Notice toNotice() {
            Attachment document = file == null ? null
                    : Attachment.inbound(file.kind(), file.fileRef(), file.fileName(), file.mimeType());
            return new Notice(id, text, document, file == null ? null : file.platform(),
                    sender == null ? null : new PersonId(sender),
                    senderAccount == null ? null : UserRef.parse(senderAccount), new UnitId(origin), ids(targets),
                    ids(branches), needsAck, deadline, urgent, offsets.stream().map(Duration::ofSeconds).toList(),
                    parent, note, chain, progressChat == null ? null : ChatRef.parse(progressChat), lang, createdAt,
                    sentAt);
        }

        private static List<UnitId> ids(List<String> values) {
            return values.stream().map(UnitId::new).toList();
        }
    }

    /** Who sends it: the person, the account they wrote from, where their progress message goes, their language. */
    record Sender(PersonId person, UserRef account, ChatRef progressChat, String lang) {
    }

    private final MongoTemplate mongo;

    NoticeStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("source", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("sender", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("parent", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("sentAt", Sort.Direction.ASC));
    }

    /** Stores the notice, or returns the one {@code source} already stored (a replay). */
    Notice create(NoticeDraft draft, Sender sender, List<UnitId> branches, List<String> chain, String source,
            Instant now) {
        Optional<NoticeDoc> existing = bySource(source);
        if (existing.isPresent()) {
            return existing.get().toNotice();
        }
        Attachment file = draft.document();
        NoticeDoc doc = new NoticeDoc(nextNumber(), draft.text(),
                file == null ? null : new FileDoc(file.kind(), file.fileRef(), file.fileName(), file.mimeType(),
                        draft.filePlatform()),
                sender.person().value(), sender.account().key(), draft.origin().value(), values(draft.targets()), values(branches),
                draft.needsAck(), draft.deadline(), draft.urgent(),
                draft.offsets().stream().map(Duration::toSeconds).toList(), draft.parent(), draft.note(), chain, source,
                sender.progressChat().key(), sender.lang(), now, null, null, 0);
        try {
            return mongo.insert(doc, COLLECTION).toNotice();
        } catch (DuplicateKeyException replay) {
            return bySource(source).orElseThrow().toNotice();
        }
    }

    Optional<Notice> find(long number) {
        return Optional.ofNullable(mongo.findById(number, NoticeDoc.class, COLLECTION)).map(NoticeDoc::toNotice);
    }

    /** The sender's latest notice. */
    Optional<Notice> latestBy(PersonId sender) {
        Query theirs = query(where("sender").is(sender.value())).with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(theirs, NoticeDoc.class, COLLECTION)).map(NoticeDoc::toNotice);
    }

    /** The notices that passed this one on, oldest first. */
    List<Notice> forwardsOf(long parent) {
        return mongo.find(query(where("parent").is(parent)).with(Sort.by("_id")), NoticeDoc.class, COLLECTION).stream()
                .map(NoticeDoc::toNotice).toList();
    }

    /** The numbers of notices still going out. */
    List<Long> unfinished() {
        Query sending = query(where("sentAt").is(null)).with(Sort.by("_id"));
        sending.fields().include("_id");
        return mongo.find(sending, Document.class, COLLECTION).stream().map(d -> ((Number) d.get("_id")).longValue())
                .toList();
    }

    /** The notices created in {@code [from, until)} that went to any of these branches. */
    List<Notice> sentTo(Collection<UnitId> branches, Instant from, Instant until) {
        Query query = query(where("branches").in(values(branches)).and("createdAt").gte(from).lt(until));
        return mongo.find(query, NoticeDoc.class, COLLECTION).stream().map(NoticeDoc::toNotice).toList();
    }

    /**
     * Records that the sender now sees {@code shown}; the new revision of the progress message, or empty
     * when it showed that already (here or on another instance) or the notice is finished.
     */
    Optional<Integer> progressed(long number, String shown) {
        return claim(query(where("_id").is(number).and("sentAt").is(null).and("progressShown").ne(shown)),
                new Update().set("progressShown", shown));
    }

    /** Marks the notice finished with {@code shown} as its last progress; empty if it was finished already. */
    Optional<Integer> finish(long number, String shown, Instant now) {
        return claim(query(where("_id").is(number).and("sentAt").is(null)),
                new Update().set("progressShown", shown).set("sentAt", now));
    }

    /** An erased sender's notices stay for the branches they reached, naming no one. */
    void forgetSender(PersonId person) {
        List<NoticeDoc> theirs = mongo.find(query(where("sender").is(person.value())), NoticeDoc.class, COLLECTION);
        for (NoticeDoc doc : theirs) {
            mongo.updateFirst(query(where("_id").is(doc.id())), new Update().unset("sender").unset("senderAccount")
                    .set("source", "erased:" + doc.id()), COLLECTION);
        }
    }

    void moveSender(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("sender").is(from.value())), new Update().set("sender", into.value()),
                COLLECTION);
    }

    private Optional<Integer> claim(Query query, Update update) {
        Document after = mongo.findAndModify(query, update.inc("progressRev", 1),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(after).map(d -> d.getInteger("progressRev"));
    }

    private long nextNumber() {
        Document counter = mongo.findAndModify(query(where("_id").is("notices")), new Update().inc("seq", 1L),
                FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, COUNTERS);
        return ((Number) counter.get("seq")).longValue();
    }

    private Optional<NoticeDoc> bySource(String source) {
        return Optional.ofNullable(mongo.findOne(query(where("source").is(source)), NoticeDoc.class, COLLECTION));
    }

    private static List<String> values(Collection<UnitId> ids) {
        return ids.stream().map(UnitId::value).toList();
    }
}
