package vn.chidoan.sandbox;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.Button;

/** The stored shape of the sandbox's messages, written and read in one place. */
final class MessageCodec {
    private MessageCodec() {
    }

    /** What the bot says in one message: rich text markup, rows of buttons, an optional file. */
    record Content(String markup, List<List<Button>> buttons, SandboxView.File file) {

        Document into(Document doc) {
            return doc.append("markup", markup).append("buttons", stored(buttons)).append("file", stored(file));
        }

        Update into(Update update) {
            return update.set("markup", markup).set("buttons", stored(buttons)).set("file", stored(file));
        }
    }

    static Document stored(SandboxView.File file) {
        return file == null ? null : new Document("id", file.id()).append("kind", file.kind())
                .append("name", file.name()).append("mime", file.mime()).append("size", file.size())
                .append("link", file.link());
    }

    static SandboxView.Message view(Document doc) {
        long rev = ((Number) doc.get("rev")).longValue();
        Number order = (Number) doc.get("order"); // absent from what was written before the sandbox kept it
        return new SandboxView.Message(doc.getString("messageId"), rev, order == null ? rev : order.longValue(),
                doc.getString("from"), doc.getString("fromName"), doc.getString("text"), doc.getString("markup"),
                buttons(doc.get("buttons")), file(doc.get("file", Document.class)),
                doc.getString("replyTo"), doc.getBoolean("edited", false), doc.getString("toastFor"),
                doc.getString("toast"), doc.getBoolean("notForBot", false), doc.getDate("at").toInstant());
    }

    private static List<List<Document>> stored(List<List<Button>> rows) {
        return rows.stream().map(row -> row.stream().map(b -> new Document("label", b.label())
                .append("data", b.data()).append("url", b.url())).toList()).toList();
    }

    private static List<List<SandboxView.Button>> buttons(Object stored) {
        if (!(stored instanceof List<?> rows)) {
            return List.of();
        }
        return rows.stream().map(row -> ((List<?>) row).stream().map(Document.class::cast)
                .map(b -> new SandboxView.Button(b.getString("label"), b.getString("data"), b.getString("url")))
                .toList()).toList();
    }

    static SandboxView.File file(Document doc) {
        return doc == null ? null : new SandboxView.File(doc.getString("id"), doc.getString("kind"),
                doc.getString("name"), doc.getString("mime"), ((Number) doc.get("size")).longValue(),
                doc.getString("link"));
    }
}
