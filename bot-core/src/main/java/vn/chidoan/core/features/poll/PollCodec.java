package vn.chidoan.core.features.poll;

import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;

/** A poll and its document in {@code polls}, field by field: the stored shape is a contract with data on disk. */
final class PollCodec {
    private PollCodec() {
    }

    static Document document(Poll poll, String source) {
        return new Document("_id", poll.number()).append("question", poll.question())
                .append("options", poll.options()).append("multiple", poll.multiple())
                .append("anonymous", poll.anonymous()).append("deadline", date(poll.deadline()))
                .append("creator", poll.creator() == null ? null : poll.creator().value())
                .append("creatorAccount", poll.creatorAccount() == null ? null : poll.creatorAccount().key())
                .append("origin", poll.origin().value())
                .append("branches", poll.branches().stream().map(UnitId::value).toList())
                .append("createdAt", date(poll.createdAt())).append("source", source).append("closed", false)
                .append("counts", Collections.nCopies(poll.options().size(), 0L)).append("voters", List.of());
    }

    static Poll poll(Document doc) {
        String creator = doc.getString("creator");
        String account = doc.getString("creatorAccount");
        return new Poll(((Number) doc.get("_id")).longValue(), doc.getString("question"),
                doc.getList("options", String.class, List.of()), Boolean.TRUE.equals(doc.getBoolean("multiple")),
                Boolean.TRUE.equals(doc.getBoolean("anonymous")), instant(doc.getDate("deadline")),
                creator == null ? null : new PersonId(creator), account == null ? null : UserRef.parse(account),
                new UnitId(doc.getString("origin")),
                doc.getList("branches", String.class, List.of()).stream().map(UnitId::new).toList(),
                instant(doc.getDate("createdAt")), Boolean.TRUE.equals(doc.getBoolean("closed")),
                doc.getList("counts", Number.class, List.of()).stream().map(Number::longValue).toList(),
                doc.getList("voters", String.class, List.of()).stream().map(PersonId::new).toList());
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    static Instant instant(Date at) {
        return at == null ? null : at.toInstant();
    }
}
