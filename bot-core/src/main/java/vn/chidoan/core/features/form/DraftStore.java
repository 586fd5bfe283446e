package vn.chidoan.core.features.form;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/** Forms being built, in {@code form_drafts}: one per creator, replaced whole at every step. */
@Component
class DraftStore {
    static final String COLLECTION = "form_drafts";

    private final MongoTemplate mongo;

    DraftStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("link", Sort.Direction.ASC).unique().sparse());
    }

    Optional<FormDraft> of(PersonId creator) {
        return Optional.ofNullable(mongo.findById(creator.value(), Document.class, COLLECTION)).map(DraftStore::draft);
    }

    Optional<FormDraft> byLink(String link) {
        return Optional.ofNullable(mongo.findOne(query(where("link").is(link)), Document.class, COLLECTION))
                .map(DraftStore::draft);
    }

    void save(FormDraft draft, Instant now) {
        mongo.save(document(draft).append("updatedAt", Date.from(now)), COLLECTION);
    }

    void delete(PersonId creator) {
        mongo.remove(query(where("_id").is(creator.value())), COLLECTION);
    }

    private static Document document(FormDraft d) {
        return new Document("_id", d.id()).append("link", d.link()).append("creator", d.creator().value())
                .append("unit", d.unit().value()).append("stage", d.stage().name()).append("title", d.title())
                .append("description", d.description()).append("deadline", FormCodec.date(d.deadline()))
                .append("capacity", d.capacity()).append("waitlist", d.waitlist())
                .append("audience", d.audience().stream().map(UnitId::value).toList())
                .append("fields", d.fields().stream().map(FormCodec::field).toList())
                .append("pending", d.pending() == null ? null : FormCodec.field(d.pending()));
    }

    private static FormDraft draft(Document doc) {
        Document pending = doc.get("pending", Document.class);
        return new FormDraft(doc.getString("_id"), doc.getString("link"), new PersonId(doc.getString("creator")),
                new UnitId(doc.getString("unit")), CreateStage.of(doc.getString("stage")), doc.getString("title"),
                doc.getString("description"), FormCodec.instant(doc.getDate("deadline")), doc.getInteger("capacity"),
                !Boolean.FALSE.equals(doc.getBoolean("waitlist")),
                doc.getList("audience", String.class, List.of()).stream().map(UnitId::new).toList(),
                doc.getList("fields", Document.class, List.of()).stream().map(FormCodec::field).toList(),
                pending == null ? null : FormCodec.field(pending));
    }
}
