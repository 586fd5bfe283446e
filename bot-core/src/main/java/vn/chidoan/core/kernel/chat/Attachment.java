package vn.chidoan.core.kernel.chat;

import java.util.Locale;
import java.util.Set;

/**
 * A file that came with a message or goes out with one. {@code fileRef} is the platform's handle
 * (a Telegram file_id, a Messenger URL) for inbound files; outgoing generated files carry
 * {@code content} bytes instead.
 */
public record Attachment(Kind kind, String fileRef, String fileName, String mimeType, byte[] content) {
    private static final Set<String> OFFICE_EXTENSIONS = Set.of("pdf", "docx", "xlsx");
    private static final Set<String> OFFICE_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public enum Kind {
        DOCUMENT, PHOTO
    }

    public static Attachment inbound(Kind kind, String fileRef, String fileName, String mimeType) {
        return new Attachment(kind, fileRef, fileName, mimeType, null);
    }

    /** A PDF, DOCX or XLSX document (by its name or its type): what a plan or a directive is sent as. */
    public boolean isOfficeDocument() {
        String name = fileName == null ? "" : fileName;
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        boolean known = OFFICE_EXTENSIONS.contains(extension)
                || (mimeType != null && OFFICE_TYPES.contains(mimeType.toLowerCase(Locale.ROOT)));
        return kind == Kind.DOCUMENT && known;
    }

    public static Attachment generated(Kind kind, String fileName, String mimeType, byte[] content) {
        return new Attachment(kind, null, fileName, mimeType, content);
    }
}
