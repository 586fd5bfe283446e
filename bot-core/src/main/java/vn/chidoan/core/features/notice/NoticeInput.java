package vn.chidoan.core.features.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.org.reminder.OffsetTexts;

/**
 * Reads what a sender types for a notice: the file (a PDF, DOCX or XLSX), the acknowledgement deadline
 * (every day {@link DateInput} reads, at {@link #DEFAULT_TIME} when no time is typed, as official
 * deadlines read), the reminder offsets before it ({@code 1n, 2g}), and «không» for none. What cannot be
 * read is refused with an example, never dropped.
 */
final class NoticeInput {
    static final LocalTime DEFAULT_TIME = LocalTime.of(17, 0);
    private static final Set<String> NONE = Set.of("khong", "ko", "k", "0", "-", "none", "no");

    private NoticeInput() {
    }

    /** The file sent with the notice; {@link BadInput} for anything but a PDF, DOCX or XLSX document. */
    static Attachment document(Attachment file) {
        if (file != null && !file.isOfficeDocument()) {
            throw new BadInput("notice.bad_file", Map.of("name", file.fileName() == null ? "" : file.fileName()));
        }
        return file;
    }

    /** «không» (or {@code -}): none. */
    static boolean none(String typed) {
        return NONE.contains(DateInput.plain(typed == null ? "" : typed));
    }

    /** A deadline typed alone, in the future; null for «không». */
    static Instant deadline(String typed, ZonedDateTime now) {
        if (none(typed)) {
            return null;
        }
        ZonedDateTime at = DateInput.moment(typed, now, DEFAULT_TIME)
                .orElseThrow(() -> new BadInput("notice.bad_date", Map.of("text", typed.strip())));
        if (!at.isAfter(now)) {
            throw new BadInput("notice.past_deadline", Map.of("deadline", NoticeMessages.at(at.toInstant(),
                    now.getZone())));
        }
        return at.toInstant();
    }

    /** Reminder offsets before the deadline, largest first. */
    static List<Duration> offsets(String typed) {
        return OffsetTexts.parse(typed).orElseThrow(() -> new BadInput("notice.bad_offsets",
                Map.of("text", typed.strip())));
    }
}
