package vn.chidoan.sandbox;

import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code sandbox_files}: files and photos said in the sandbox's chats, by the bot (generated exports,
 * QR codes) or by a persona (an upload), each under an id {@code f-<n>} that stands in for a
 * platform's file handle.
 */
final class FileStore {
    static final String COLLECTION = "sandbox_files";
    private static final String PHOTO = "PHOTO";

    /** A stored file: what the page shows of it, the chat it was said in, and its bytes. */
    record Stored(SandboxView.File file, String chat, byte[] data) {
    }

    private final MongoTemplate mongo;
    private final Counters counters;

    FileStore(MongoTemplate mongo, Counters counters) {
        this.mongo = mongo;
        this.counters = counters;
    }

    /** Stores the file; a photo is read for a QR code with a start link ({@link QrScan}). */
    SandboxView.File save(String chat, String kind, String name, String mime, byte[] data) {
        String link = PHOTO.equals(kind) ? QrScan.startLink(data).orElse(null) : null;
        SandboxView.File file = new SandboxView.File("f-" + counters.next("file"), kind, name, mime, data.length,
                link);
        mongo.insert(MessageCodec.stored(file).append("_id", file.id()).append("chat", chat)
                .append("data", new Binary(data)), COLLECTION);
        return file;
    }

    Optional<Stored> byId(String id) {
        Document doc = mongo.findById(id, Document.class, COLLECTION);
        if (doc == null) {
            return Optional.empty();
        }
        SandboxView.File file = MessageCodec.file(doc.append("id", id));
        return Optional.of(new Stored(file, doc.getString("chat"), doc.get("data", Binary.class).getData()));
    }
}
