package vn.chidoan.core.features.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A draft as the dialogue store keeps it between steps: strings under fixed names (the stored shape, so
 * a dialogue saved by one release is read by the next). The only place that knows it.
 */
final class DraftCodec {
    private static final String TEXT = "text";
    private static final String FILE_KIND = "fileKind";
    private static final String FILE_REF = "fileRef";
    private static final String FILE_NAME = "fileName";
    private static final String FILE_MIME = "fileMime";
    private static final String FILE_PLATFORM = "filePlatform";
    private static final String ORIGIN = "origin";
    private static final String UNITS = "units";
    private static final String ACK = "ack";
    private static final String DEADLINE = "deadline";
    private static final String OFFSETS = "offsets";
    private static final String URGENT = "urgent";
    private static final String PARENT = "parent";
    private static final String NOTE = "note";
    private static final String PAGE = "page";

    private DraftCodec() {
    }

    static Map<String, String> write(NoticeDraft draft, int page) {
        Map<String, String> data = new HashMap<>();
        data.put(TEXT, draft.text());
        Attachment file = draft.document();
        if (file != null) {
            data.put(FILE_KIND, file.kind().name());
            data.put(FILE_REF, file.fileRef());
            putIfSet(data, FILE_NAME, file.fileName());
            putIfSet(data, FILE_MIME, file.mimeType());
            data.put(FILE_PLATFORM, draft.filePlatform().name());
        }
        data.put(ORIGIN, draft.origin().value());
        data.put(UNITS, String.join(",", draft.units().stream().map(UnitId::value).toList()));
        data.put(ACK, Boolean.toString(draft.needsAck()));
        if (draft.deadline() != null) {
            data.put(DEADLINE, Long.toString(draft.deadline().toEpochMilli()));
        }
        data.put(OFFSETS, String.join(",", draft.offsets().stream().map(o -> Long.toString(o.toSeconds())).toList()));
        data.put(URGENT, Boolean.toString(draft.urgent()));
        if (draft.parent() != null) {
            data.put(PARENT, Long.toString(draft.parent()));
        }
        putIfSet(data, NOTE, draft.note());
        data.put(PAGE, Integer.toString(page));
        return data;
    }

    static NoticeDraft read(Map<String, String> data) {
        Attachment file = data.containsKey(FILE_REF) ? Attachment.inbound(Attachment.Kind.valueOf(data.get(FILE_KIND)),
                data.get(FILE_REF), data.get(FILE_NAME), data.get(FILE_MIME)) : null;
        return new NoticeDraft(data.getOrDefault(TEXT, ""), file,
                file == null ? null : Platform.valueOf(data.get(FILE_PLATFORM)), new UnitId(data.get(ORIGIN)),
                list(data.get(UNITS)).stream().map(UnitId::new).toList(), Boolean.parseBoolean(data.get(ACK)),
                data.containsKey(DEADLINE) ? Instant.ofEpochMilli(Long.parseLong(data.get(DEADLINE))) : null,
                list(data.get(OFFSETS)).stream().map(s -> Duration.ofSeconds(Long.parseLong(s))).toList(),
                Boolean.parseBoolean(data.get(URGENT)),
                data.containsKey(PARENT) ? Long.valueOf(data.get(PARENT)) : null, data.get(NOTE));
    }

    /** The page of sub-units the picker showed last. */
    static int page(Map<String, String> data) {
        return Integer.parseInt(data.getOrDefault(PAGE, "0"));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static void putIfSet(Map<String, String> data, String key, String value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
