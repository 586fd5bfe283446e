package vn.chidoan.core.kernel.outbox.chats;

import static vn.chidoan.core.kernel.outbox.OutboxCodec.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.OutboxSignal;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.Priority;

/**
 * Held messages going out once the person writes again. Up to {@link #IN_FULL} are sent as they were,
 * oldest first. When more were held, the older ones are folded into one summary message listing
 * them (a line each, at most {@link #LISTED}), which goes first, and the most recent {@link #IN_FULL}
 * follow in full: a returning member reads one message about what they missed, not a flood.
 */
final class HeldMessages {
    static final int IN_FULL = 3;
    static final int LISTED = 10;
    static final int PREVIEW = 80;
    static final String SUMMARY_TEMPLATE = "outbox.held_summary";

    private final OutboxStore store;
    private final OutboxSignal signal;
    private final Texts texts;

    HeldMessages(OutboxStore store, OutboxSignal signal, Texts texts) {
        this.store = store;
        this.signal = signal;
        this.texts = texts;
    }

    /** Releases the chat's held messages as described above; returns how many were held. */
    int deliver(ChatRef chat, Instant now) {
        List<Document> held = store.held(chat);
        if (held.isEmpty()) {
            return 0;
        }
        List<Document> folded = held.subList(0, Math.max(0, held.size() - IN_FULL));
        List<Document> inFull = held.subList(folded.size(), held.size());
        if (!folded.isEmpty()) {
            summarise(chat, folded, inFull.get(0), now);
        }
        store.releaseHeld(keys(inFull), now);
        signal.rescan(chat.platform());
        return held.size();
    }

    /** Stores the summary (keyed by the last folded entry, so doing this twice stores it once), then folds. */
    private void summarise(ChatRef chat, List<Document> folded, Document next, Instant now) {
        String key = "held:" + chat.key() + ":" + folded.get(folded.size() - 1).getString(KEY);
        RichText text = texts.render(SUMMARY_TEMPLATE, Texts.VIETNAMESE, model(folded));
        Priority priority = Priority.valueOf(next.getString(PRIORITY));
        Document summary = newEntry(key, chat, OutboxEntry.Kind.MESSAGE, OutgoingMessage.text(text), null, null,
                priority, now);
        summary.put(CREATED_AT, Date.from(next.getDate(CREATED_AT).toInstant().minusMillis(1)));
        store.insert(summary);
        store.forwardHeld(keys(folded), key, now);
    }

    private static Map<String, Object> model(List<Document> folded) {
        Map<String, Object> model = new HashMap<>();
        model.put("count", folded.size());
        model.put("items", folded.stream().limit(LISTED).map(HeldMessages::preview).toList());
        if (folded.size() > LISTED) {
            model.put("more", folded.size() - LISTED);
        }
        return model;
    }

    /** The first line of the message as a person reads it, shortened; a file's name when it has no text. */
    static String preview(Document entry) {
        Document message = entry.get(MESSAGE, Document.class);
        String markup = message == null ? null : message.getString("text");
        String line = markup == null ? "" : new RichText(markup).toPlainText().strip().split("\n", 2)[0].strip();
        if (line.isEmpty()) {
            Document file = message == null ? null : message.get("attachment", Document.class);
            line = file != null && file.getString("fileName") != null ? file.getString("fileName") : "\uD83D\uDCCE";
        }
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1).strip() + "\u2026";
    }

    private static List<String> keys(List<Document> entries) {
        return entries.stream().map(doc -> doc.getString(KEY)).toList();
    }
}
