package vn.chidoan.messenger;

import com.github.messenger4j.send.MessagingType;
import com.google.gson.JsonObject;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.MessageTag;

/**
 * A generated file (an Excel export, a QR code) as the Send API takes it: one multipart request with
 * {@code recipient}, {@code message} (an attachment of type {@code image} or {@code file}, not
 * reusable: each export is new), {@code messaging_type} and {@code tag} as every other send carries
 * them, and the bytes as {@code filedata}.
 */
final class FileUpload {
    /** The Send API's limit for an attachment. */
    static final int MAX_BYTES = 25 * 1024 * 1024;
    static final String DEFAULT_TYPE = "application/octet-stream";

    private FileUpload() {
    }

    /** The request's body; {@code tag} is null for an untagged message. */
    static FormData form(String psid, MessagingType type, MessageTag tag, Attachment file) {
        JsonObject recipient = new JsonObject();
        recipient.addProperty("id", psid);
        FormData form = new FormData().field("recipient", recipient.toString())
                .field("message", message(file).toString())
                .field("messaging_type", type.name());
        if (tag != null) {
            form.field("tag", tag.name());
        }
        return form.file("filedata", fileName(file), file.mimeType() == null ? DEFAULT_TYPE : file.mimeType(),
                file.content());
    }

    /** {@code {"attachment":{"type":"file"|"image","payload":{"is_reusable":false}}}}. */
    static JsonObject message(Attachment file) {
        JsonObject payload = new JsonObject();
        payload.addProperty("is_reusable", false);
        JsonObject attachment = new JsonObject();
        attachment.addProperty("type", file.kind() == Attachment.Kind.PHOTO ? "image" : "file");
        attachment.add("payload", payload);
        JsonObject message = new JsonObject();
        message.add("attachment", attachment);
        return message;
    }

    private static String fileName(Attachment file) {
        return file.fileName() == null || file.fileName().isBlank() ? "file" : file.fileName();
    }
}
