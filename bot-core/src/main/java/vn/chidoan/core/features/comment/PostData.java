package vn.chidoan.core.features.comment;

import java.time.Instant;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Attachment;

/** A draft post as the {@link PostFlow} keeps it between steps: strings in the dialogue's data. */
final class PostData {
    static final String TITLE = "title";
    static final String CONTENT = "content";
    static final String DEADLINE = "deadline";
    static final String ANONYMOUS = "anonymous";
    static final String FILE_KIND = "fileKind";
    static final String FILE_REF = "fileRef";
    static final String FILE_NAME = "fileName";
    static final String FILE_MIME = "fileMime";

    private PostData() {
    }

    static Map<String, String> header(Map<String, String> data, PostInput.Header header) {
        data.put(TITLE, header.title());
        if (header.deadline() != null) {
            data.put(DEADLINE, Long.toString(header.deadline().toEpochMilli()));
        }
        data.put(ANONYMOUS, Boolean.toString(header.anonymous()));
        return data;
    }

    static Map<String, String> file(Map<String, String> data, Attachment file) {
        if (file != null) {
            data.put(FILE_KIND, file.kind().name());
            data.put(FILE_REF, file.fileRef());
            putIfSet(data, FILE_NAME, file.fileName());
            putIfSet(data, FILE_MIME, file.mimeType());
        }
        return data;
    }

    static boolean anonymous(Map<String, String> data) {
        return Boolean.parseBoolean(data.get(ANONYMOUS));
    }

    static PostDraft draft(Map<String, String> data, boolean anonymous) {
        Attachment file = data.containsKey(FILE_REF) ? Attachment.inbound(Attachment.Kind.valueOf(data.get(FILE_KIND)),
                data.get(FILE_REF), data.get(FILE_NAME), data.get(FILE_MIME)) : null;
        Instant deadline = data.containsKey(DEADLINE) ? Instant.ofEpochMilli(Long.parseLong(data.get(DEADLINE))) : null;
        return new PostDraft(data.get(TITLE), data.getOrDefault(CONTENT, ""), file, deadline, anonymous);
    }

    private static void putIfSet(Map<String, String> data, String key, String value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
