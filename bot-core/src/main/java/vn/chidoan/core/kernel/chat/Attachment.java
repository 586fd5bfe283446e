package vn.chidoan.core.kernel.chat;

/**
 * A file that came with a message or goes out with one. {@code fileRef} is the platform's handle
 * (a Telegram file_id, a Messenger URL) for inbound files; outgoing generated files carry
 * {@code content} bytes instead.
 */
public record Attachment(Kind kind, String fileRef, String fileName, String mimeType, byte[] content) {

    public enum Kind {
        DOCUMENT, PHOTO
    }

    public static Attachment inbound(Kind kind, String fileRef, String fileName, String mimeType) {
        return new Attachment(kind, fileRef, fileName, mimeType, null);
    }

    public static Attachment generated(Kind kind, String fileName, String mimeType, byte[] content) {
        return new Attachment(kind, null, fileName, mimeType, content);
    }
}
