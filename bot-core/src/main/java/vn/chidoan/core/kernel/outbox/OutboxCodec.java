package vn.chidoan.core.kernel.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatPoll;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;

/**
 * Explicit conversion between outbox entries and their stored documents: the stored shape is the
 * contract with data already on disk, so it does not follow renames of Java fields by accident.
 */
public final class OutboxCodec {
    public static final String KEY = "_id";
    public static final String REV = "rev";
    public static final String PLATFORM = "platform";
    public static final String CHAT = "chat";
    public static final String KIND = "kind";
    public static final String MESSAGE = "message";
    public static final String CALLBACK_ID = "callbackId";
    public static final String TOAST = "toast";
    public static final String PRIORITY = "priority";
    public static final String RANK = "rank";
    public static final String STATUS = "status";
    public static final String ATTEMPTS = "attempts";
    public static final String FAILURES = "failures";
    public static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    public static final String LEASE_OWNER = "leaseOwner";
    public static final String LEASE_UNTIL = "leaseUntil";
    public static final String LAST_ERROR = "lastError";
    public static final String PLATFORM_MESSAGE_ID = "platformMessageId";
    public static final String FORWARDED_TO = "forwardedTo";
    public static final String CREATED_AT = "createdAt";
    public static final String UPDATED_AT = "updatedAt";
    public static final String ATTACHMENT_CONTENT = MESSAGE + ".attachment.content";

    private OutboxCodec() {
    }

    /** A new PENDING entry, due now; {@code rev} starts at 0 and grows with every change of state. */
    public static Document newEntry(String key, ChatRef chat, OutboxEntry.Kind kind, OutgoingMessage message,
            String callbackId, String toast, Priority priority, Instant now) {
        Date at = Date.from(now);
        return new Document(KEY, key).append(REV, 0L)
                .append(PLATFORM, chat.platform().code()).append(CHAT, chat.key())
                .append(KIND, kind.name()).append(MESSAGE, message(message))
                .append(CALLBACK_ID, callbackId).append(TOAST, toast)
                .append(PRIORITY, priority.name()).append(RANK, priority.rank())
                .append(STATUS, OutboxStatus.PENDING.name()).append(ATTEMPTS, 0).append(FAILURES, 0)
                .append(NEXT_ATTEMPT_AT, at).append(CREATED_AT, at).append(UPDATED_AT, at);
    }

    public static OutboxEntry entry(Document doc) {
        return new OutboxEntry(doc.getString(KEY), ChatRef.parse(doc.getString(CHAT)),
                OutboxEntry.Kind.valueOf(doc.getString(KIND)), message(doc.get(MESSAGE, Document.class)),
                doc.getString(CALLBACK_ID), doc.getString(TOAST), Priority.valueOf(doc.getString(PRIORITY)),
                doc.getInteger(ATTEMPTS, 0));
    }

    static Document message(OutgoingMessage message) {
        if (message == null) {
            return null;
        }
        List<List<Document>> rows = message.buttons().stream()
                .map(row -> row.stream().map(OutboxCodec::button).toList()).toList();
        return new Document("text", message.text() == null ? null : message.text().markup())
                .append("buttons", rows)
                .append("attachment", attachment(message.attachment()))
                .append("threadId", message.threadId())
                .append("editOf", message.editOf())
                .append("tag", message.tag() == null ? null : message.tag().name())
                .append("poll", poll(message.poll()));
    }

    static OutgoingMessage message(Document doc) {
        if (doc == null) {
            return null;
        }
        String text = doc.getString("text");
        String tag = doc.getString("tag");
        List<List<Button>> rows = new ArrayList<>();
        for (Object row : doc.getList("buttons", Object.class, List.of())) {
            rows.add(((List<?>) row).stream().map(b -> button((Document) b)).toList());
        }
        return new OutgoingMessage(text == null ? null : new RichText(text), rows,
                attachment(doc.get("attachment", Document.class)), doc.getString("threadId"),
                doc.getString("editOf"), tag == null ? null : MessageTag.valueOf(tag),
                poll(doc.get("poll", Document.class)));
    }

    private static Document poll(ChatPoll poll) {
        if (poll == null) {
            return null;
        }
        return new Document("question", poll.question()).append("options", poll.options())
                .append("multiple", poll.multipleAnswers()).append("anonymous", poll.anonymous())
                .append("closed", poll.closed());
    }

    private static ChatPoll poll(Document doc) {
        if (doc == null) {
            return null;
        }
        return new ChatPoll(doc.getString("question"), doc.getList("options", String.class),
                doc.getBoolean("multiple", false), doc.getBoolean("anonymous", false), doc.getBoolean("closed", false));
    }

    private static Document button(Button button) {
        return new Document("label", button.label()).append("data", button.data()).append("url", button.url());
    }

    private static Button button(Document doc) {
        return new Button(doc.getString("label"), doc.getString("data"), doc.getString("url"));
    }

    private static Document attachment(Attachment file) {
        if (file == null) {
            return null;
        }
        return new Document("kind", file.kind().name()).append("fileRef", file.fileRef())
                .append("fileName", file.fileName()).append("mimeType", file.mimeType())
                .append("content", file.content() == null ? null : new Binary(file.content()));
    }

    private static Attachment attachment(Document doc) {
        if (doc == null) {
            return null;
        }
        return new Attachment(Attachment.Kind.valueOf(doc.getString("kind")), doc.getString("fileRef"),
                doc.getString("fileName"), doc.getString("mimeType"), bytes(doc.get("content")));
    }

    private static byte[] bytes(Object stored) {
        if (stored instanceof Binary binary) {
            return binary.getData();
        }
        return stored instanceof byte[] array ? array : null;
    }
}
