package vn.chidoan.core.kernel.outbox;

import java.time.Instant;
import org.bson.Document;
import vn.chidoan.core.kernel.chat.ChatRef;

/**
 * What a dispatcher knows of an entry it may send: enough to order and pace it without reading the
 * whole entry. {@code rev} is the revision it was seen at; claiming it succeeds only if the entry has
 * not changed since (so a stale candidate is simply dropped).
 */
public record Candidate(String key, ChatRef chat, OutboxEntry.Kind kind, int rank, Instant createdAt, Instant dueAt,
        long rev) {

    public static Candidate of(Document doc) {
        return new Candidate(doc.getString(OutboxCodec.KEY), ChatRef.parse(doc.getString(OutboxCodec.CHAT)),
                OutboxEntry.Kind.valueOf(doc.getString(OutboxCodec.KIND)), doc.getInteger(OutboxCodec.RANK),
                doc.getDate(OutboxCodec.CREATED_AT).toInstant(), doc.getDate(OutboxCodec.NEXT_ATTEMPT_AT).toInstant(),
                ((Number) doc.get(OutboxCodec.REV)).longValue());
    }

    /** The same entry after a change that left it PENDING at {@code newRev}. */
    public Candidate after(long newRev, ChatRef to, Instant due) {
        return new Candidate(key, to, kind, rank, createdAt, due, newRev);
    }

    public boolean paced() {
        return kind == OutboxEntry.Kind.MESSAGE;
    }
}
