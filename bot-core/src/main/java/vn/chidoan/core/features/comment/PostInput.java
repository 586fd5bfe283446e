package vn.chidoan.core.features.comment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * Reads what a poster types: {@code <tiêu đề> [hạn <ngày> [<giờ>]] [ẩn danh]} on the first line, the
 * content on the lines after. A deadline with no time is at {@link #DEFAULT_TIME} (the end of the
 * working day, as official deadlines read); the word {@code hạn} starts a deadline only when a number
 * follows, so a title may say "hạn chế".
 */
final class PostInput {
    static final LocalTime DEFAULT_TIME = LocalTime.of(17, 0);
    static final int TITLE_MAX = 200;
    private static final Pattern ANONYMOUS = Pattern.compile("(?iu)\\s*\\b(?:ẩn danh|an danh)\\s*$");
    private static final Pattern DEADLINE = Pattern.compile("(?iu)(?:^|\\s)(?:hạn|han):?\\s+(\\d\\S*)(?:\\s+(\\S+))?\\s*$");
    private static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "xlsx");
    private static final Set<String> MIME_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The first line, read: title, deadline (or null) and whether comments are anonymous. */
    record Header(String title, Instant deadline, boolean anonymous) {
    }

    private PostInput() {
    }

    static Header header(String line, Instant now, ZoneId zone) {
        String rest = line == null ? "" : line.strip();
        Matcher anonymous = ANONYMOUS.matcher(rest);
        boolean hidden = anonymous.find();
        if (hidden) {
            rest = rest.substring(0, anonymous.start());
        }
        Instant deadline = null;
        Matcher due = DEADLINE.matcher(rest);
        if (due.find()) {
            deadline = deadline(due.group(1), due.group(2), now, zone);
            rest = rest.substring(0, due.start());
        }
        String title = Arguments.name(rest, 1, TITLE_MAX, "comment.post.no_title");
        return new Header(title, deadline, hidden);
    }

    /** A deadline typed as {@code <ngày> [<giờ>]}; it must be in the future. */
    static Instant deadline(String date, String time, Instant now, ZoneId zone) {
        LocalDate day = DateInput.date(date, now.atZone(zone).toLocalDate())
                .orElseThrow(() -> new BadInput("comment.post.bad_date", Map.of("text", date)));
        LocalTime at = time == null ? DEFAULT_TIME : DateInput.time(time)
                .orElseThrow(() -> new BadInput("comment.post.bad_date", Map.of("text", time)));
        Instant deadline = ZonedDateTime.of(day, at, zone).toInstant();
        if (!deadline.isAfter(now)) {
            throw new BadInput("comment.post.past_deadline");
        }
        return deadline;
    }

    /** A deadline typed alone (the dialogue's step): {@code 15/12}, {@code 15/12 19h}. */
    static Instant deadline(String typed, Instant now, ZoneId zone) {
        String[] words = typed.strip().split("\\s+");
        if (words.length > 2 || words[0].isEmpty()) {
            throw new BadInput("comment.post.bad_date", Map.of("text", typed.strip()));
        }
        return deadline(words[0], words.length == 2 ? words[1] : null, now, zone);
    }

    /** The file to post: a PDF, DOCX or XLSX document; {@link BadInput} for anything else. */
    static Attachment document(Attachment file) {
        if (file == null) {
            return null;
        }
        String name = file.fileName() == null ? "" : file.fileName();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        boolean known = EXTENSIONS.contains(extension)
                || (file.mimeType() != null && MIME_TYPES.contains(file.mimeType().toLowerCase(Locale.ROOT)));
        if (file.kind() != Attachment.Kind.DOCUMENT || !known) {
            throw new BadInput("comment.post.bad_file", Map.of("name", name));
        }
        return file;
    }
}
