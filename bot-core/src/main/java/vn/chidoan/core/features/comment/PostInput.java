package vn.chidoan.core.features.comment;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.text.CleanText;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;

/**
 * Reads what a poster types: {@code <tiêu đề> [hạn <ngày> [<giờ>]] [ẩn danh]} on the first line, the
 * content on the lines after. The deadline may stand anywhere on the line and takes every day
 * {@link DateInput} reads ({@code hạn mai}, {@code hạn thứ 6 17h}, {@code hạn 10/01 …}); the rest of the
 * line is the title. A deadline with no time is at {@link #DEFAULT_TIME} (the end of the working day, as
 * official deadlines read). {@code hạn} inside a word pair ("hạn chế", "thời hạn") is part of the title;
 * a {@code hạn} followed by a date or a day word the reader does not know ("hạn 32/13", "hạn tuần sau")
 * is refused with an example, so a typed deadline is never silently dropped.
 */
final class PostInput {
    static final LocalTime DEFAULT_TIME = LocalTime.of(17, 0);
    static final int TITLE_MAX = 200;
    private static final Pattern ANONYMOUS = Pattern.compile("(?iu)\\s*\\b(?:ẩn danh|an danh)\\s*$");
    private static final Pattern DEADLINE = Pattern.compile("(?iu)(?<=^|\\s)(?:hạn|han)(?:\\s*:)?(?:\\s+|$)");
    /** Words before "hạn" that make it part of a word pair ("thời hạn"), not a deadline. */
    private static final Set<String> PAIRED_BEFORE = Set.of("thoi", "gioi", "ky", "gia", "quyen", "huu", "vo", "cuc",
            "nien", "dao", "qua", "co", "dung");
    /** Words after "hạn" that mean a day or a time the reader does not know ("hạn tuần sau"). */
    private static final Set<String> DAY_WORDS = Set.of("ngay", "tuan", "thang", "thu", "cuoi", "dau", "hom", "toi",
            "sang", "chieu", "trua", "mai", "nay", "kia", "cn");

    /** The first line, read: title, deadline (or null) and whether comments are anonymous. */
    record Header(String title, Instant deadline, boolean anonymous) {
    }

    private PostInput() {
    }

    static Header header(String line, Instant now, ZoneId zone) {
        // cleaned first: an invisible character beside "hạn" or the day would hide the deadline in the title
        String rest = line == null ? "" : CleanText.clean(line).strip();
        Matcher anonymous = ANONYMOUS.matcher(rest);
        boolean hidden = anonymous.find();
        if (hidden) {
            rest = rest.substring(0, anonymous.start());
        }
        Instant deadline = null;
        Matcher due = DEADLINE.matcher(rest);
        while (due.find()) {
            if (PAIRED_BEFORE.contains(lastWord(rest.substring(0, due.start())))) {
                continue;
            }
            String after = rest.substring(due.end());
            Optional<DateInput.When> when = DateInput.leading(after, now.atZone(zone).toLocalDate());
            if (when.isPresent()) {
                deadline = deadline(when.get(), now, zone);
                rest = (rest.substring(0, due.start()).strip() + " " + when.get().rest()).strip();
                break;
            }
            String next = after.strip().split("\\s+", 2)[0];
            if (!next.isEmpty() && (Character.isDigit(next.charAt(0)) || DAY_WORDS.contains(DateInput.plain(next)))) {
                throw new BadInput("comment.post.bad_date", Map.of("text", after.strip()));
            }
        }
        String title = Arguments.name(rest, 1, TITLE_MAX, "comment.post.no_title");
        return new Header(title, deadline, hidden);
    }

    /** A deadline as read: its time or {@link #DEFAULT_TIME}; it must be in the future. */
    static Instant deadline(DateInput.When when, Instant now, ZoneId zone) {
        if (when.notATime() != null) {
            throw new BadInput("comment.post.bad_date", Map.of("text", when.notATime()));
        }
        LocalTime at = when.time() == null ? DEFAULT_TIME : when.time();
        Instant deadline = ZonedDateTime.of(when.date(), at, zone).toInstant();
        if (!deadline.isAfter(now)) {
            throw new BadInput("comment.post.past_deadline", Map.of("deadline", Formats.dateTime(deadline.atZone(zone))));
        }
        return deadline;
    }

    /** A deadline typed alone (the dialogue's step): {@code 15/12}, {@code mai 19h}, {@code thứ 6}. */
    static Instant deadline(String typed, Instant now, ZoneId zone) {
        String cleaned = CleanText.clean(typed);
        DateInput.When when = DateInput.leading(cleaned, now.atZone(zone).toLocalDate())
                .filter(w -> w.rest().isEmpty() || w.notATime() != null)
                .orElseThrow(() -> new BadInput("comment.post.bad_date", Map.of("text", cleaned.strip())));
        return deadline(when, now, zone);
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return DateInput.plain(words[words.length - 1]);
    }

    /** The file to post: a PDF, DOCX or XLSX document; {@link BadInput} for anything else. */
    static Attachment document(Attachment file) {
        if (file != null && !file.isOfficeDocument()) {
            throw new BadInput("comment.post.bad_file", Map.of("name", file.fileName() == null ? "" : file.fileName()));
        }
        return file;
    }
}
