package vn.chidoan.core.features.poll;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.ChatPoll;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;

/**
 * {@code <câu hỏi> | <lựa chọn> | <lựa chọn> | …}, with any of these parts among the options:
 * {@code nhiều lựa chọn} (several answers), {@code ẩn danh} (anonymous), {@code hạn <ngày> [giờ]} (the
 * deadline, as {@link DateInput} reads it; no time: {@link #DEFAULT_TIME}). The deadline needs its word
 * so an option may be a day ({@code Thứ 7}). Anything wrong is refused with an example, never dropped:
 * fewer than 2 or more than {@link ChatPoll#MAX_OPTIONS} options, one typed twice, or too long for
 * Telegram's polls (so the poll reads the same on every platform).
 */
final class PollInput {
    static final LocalTime DEFAULT_TIME = LocalTime.of(17, 0);
    private static final Pattern DEADLINE = Pattern.compile("(?iu)^(?:hạn|han)\\b\\s*:?\\s*");
    private static final Set<String> MULTIPLE = Set.of("nhieu lua chon", "nhieu", "chon nhieu", "nhieu dap an");
    private static final Set<String> ANONYMOUS = Set.of("an danh", "bo phieu kin", "kin");

    private PollInput() {
    }

    static PollSpec read(String line, Instant now, ZoneId zone) {
        String[] parts = line.split("\\|");
        String question = parts[0].strip();
        if (question.isEmpty()) {
            throw new BadInput("poll.bad.question");
        }
        if (question.length() > ChatPoll.MAX_QUESTION) {
            throw new BadInput("poll.bad.question_long", Map.of("max", ChatPoll.MAX_QUESTION));
        }
        List<String> options = new ArrayList<>();
        boolean multiple = false;
        boolean anonymous = false;
        Instant deadline = null;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            String plain = DateInput.plain(part);
            if (part.isEmpty()) {
                continue;
            } else if (MULTIPLE.contains(plain)) {
                multiple = true;
            } else if (ANONYMOUS.contains(plain)) {
                anonymous = true;
            } else if (DEADLINE.matcher(part).find()) {
                deadline = deadline(part, now, zone);
            } else {
                options.add(option(part));
            }
        }
        check(options);
        return new PollSpec(question, options, multiple, anonymous, deadline);
    }

    private static String option(String part) {
        if (part.length() > ChatPoll.MAX_OPTION) {
            throw new BadInput("poll.bad.option_long", Map.of("text", part, "max", ChatPoll.MAX_OPTION));
        }
        return part;
    }

    private static void check(List<String> options) {
        if (options.size() < 2 || options.size() > ChatPoll.MAX_OPTIONS) {
            throw new BadInput("poll.bad.options", Map.of("count", options.size(), "max", ChatPoll.MAX_OPTIONS));
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (!seen.add(DateInput.plain(option))) {
                throw new BadInput("poll.bad.twice", Map.of("text", option));
            }
        }
    }

    private static Instant deadline(String part, Instant now, ZoneId zone) {
        String text = DEADLINE.matcher(part).replaceFirst("");
        Optional<DateInput.When> when = DateInput.leading(text, now.atZone(zone).toLocalDate())
                .filter(w -> w.rest().isEmpty() && w.notATime() == null);
        if (when.isEmpty()) {
            throw new BadInput("poll.bad.deadline", Map.of("text", part));
        }
        LocalTime at = when.get().time() == null ? DEFAULT_TIME : when.get().time();
        Instant deadline = ZonedDateTime.of(when.get().date(), at, zone).toInstant();
        if (!deadline.isAfter(now)) {
            throw new BadInput("poll.bad.past", Map.of("deadline", Formats.dateTime(deadline.atZone(zone))));
        }
        return deadline;
    }
}
