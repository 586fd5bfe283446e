package vn.chidoan.core.features.form;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;

/** A form and its document in {@code forms}, field by field: the stored shape is a contract with data on disk. */
final class FormCodec {
    private FormCodec() {
    }

    static Document document(Form form, String source) {
        return new Document("_id", form.number()).append("link", form.link()).append("title", form.title())
                .append("description", form.description()).append("deadline", date(form.deadline()))
                .append("capacity", form.capacity()).append("waitlist", form.waitlist())
                .append("fields", form.fields().stream().map(FormCodec::field).toList())
                .append("creator", form.creator() == null ? null : form.creator().value())
                .append("creatorAccount", form.creatorAccount() == null ? null : form.creatorAccount().key())
                .append("origin", form.origin().value())
                .append("branches", form.branches().stream().map(UnitId::value).toList())
                .append("createdAt", date(form.createdAt())).append("source", source)
                .append("places", List.of()).append("waiting", List.of());
    }

    static Form form(Document doc) {
        String creator = doc.getString("creator");
        String account = doc.getString("creatorAccount");
        return new Form(((Number) doc.get("_id")).longValue(), doc.getString("link"), doc.getString("title"),
                doc.getString("description"), instant(doc.getDate("deadline")), doc.getInteger("capacity"),
                Boolean.TRUE.equals(doc.getBoolean("waitlist")),
                doc.getList("fields", Document.class, List.of()).stream().map(FormCodec::field).toList(),
                creator == null ? null : new PersonId(creator), account == null ? null : UserRef.parse(account),
                new UnitId(doc.getString("origin")),
                doc.getList("branches", String.class, List.of()).stream().map(UnitId::new).toList(),
                instant(doc.getDate("createdAt")), people(doc, "places"), people(doc, "waiting"));
    }

    static Document field(Field field) {
        return new Document("type", field.type().code()).append("label", field.label())
                .append("required", field.required()).append("options", field.options())
                .append("min", field.min()).append("max", field.max());
    }

    static Field field(Document doc) {
        return new Field(FieldType.of(doc.getString("type")).orElse(FieldType.TEXT), doc.getString("label"),
                Boolean.TRUE.equals(doc.getBoolean("required")), doc.getList("options", String.class, List.of()),
                number(doc.get("min")), number(doc.get("max")));
    }

    private static List<PersonId> people(Document doc, String key) {
        return doc.getList(key, String.class, List.of()).stream().map(PersonId::new).toList();
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    static Instant instant(Date at) {
        return at == null ? null : at.toInstant();
    }
}
