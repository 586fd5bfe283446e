package vn.chidoan.core.features.form;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;

/**
 * A sign-up in one line: {@code <tiêu đề> | <hạn> | <số chỗ>}, the parts after the title in any order
 * and each optional: the deadline as {@link DateInput} reads a day and its time ({@code 20/12 7h30},
 * {@code hạn mai}; no time: {@link #DEFAULT_TIME}), the places as {@code 30 chỗ} (or {@code 30},
 * {@code 30 người}; {@code không giới hạn} for none), and {@code không chờ} for no waitlist. A part the
 * reader does not know is refused with an example, never dropped.
 */
final class QuickFormInput {
    static final LocalTime DEFAULT_TIME = LocalTime.of(17, 0);
    static final int TITLE_MAX = 150;
    private static final Pattern PLACES = Pattern.compile(
            "(?:toi da|max)?\\s*(\\d{1,6})\\s*(?:cho|nguoi|suat|ve|ban|slot)?");
    private static final Pattern DEADLINE_WORD = Pattern.compile("(?iu)^(?:hạn|han)(?:\\s+đăng ký|\\s+dang ky)?\\s*:?\\s*");
    private static final List<String> UNLIMITED = List.of("khong gioi han", "vo han", "khong han che");
    private static final List<String> NO_WAITLIST = List.of("khong cho", "khong danh sach cho", "khong cho doi");

    private QuickFormInput() {
    }

    static FormSpec read(String line, Instant now, ZoneId zone) {
        String[] parts = line.split("\\|");
        String title = Arguments.name(parts[0], 1, TITLE_MAX, "form.create.no_title");
        Instant deadline = null;
        Integer capacity = null;
        boolean waitlist = true;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            String plain = DateInput.plain(part);
            Matcher places = PLACES.matcher(plain);
            if (part.isEmpty()) {
                continue;
            } else if (UNLIMITED.contains(plain)) {
                capacity = null;
            } else if (NO_WAITLIST.contains(plain)) {
                waitlist = false;
            } else if (places.matches()) {
                capacity = capacity(places.group(1));
            } else {
                deadline = deadline(part, now, zone);
            }
        }
        return new FormSpec(title, null, deadline, capacity, waitlist, List.of());
    }

    static int capacity(String digits) {
        int places = Integer.parseInt(digits);
        if (places < 1 || places > FormSpec.MAX_CAPACITY) {
            throw new BadInput("form.create.bad_capacity", Map.of("text", digits, "max", FormSpec.MAX_CAPACITY));
        }
        return places;
    }

    /** A deadline typed alone ({@code 20/12 7h30}, {@code hạn mai}); it must be a day to come. */
    static Instant deadline(String typed, Instant now, ZoneId zone) {
        String text = DEADLINE_WORD.matcher(typed.strip()).replaceFirst("");
        Optional<DateInput.When> when = DateInput.leading(text, now.atZone(zone).toLocalDate())
                .filter(w -> w.rest().isEmpty() && w.notATime() == null);
        if (when.isEmpty()) {
            throw new BadInput("form.create.bad_part", Map.of("text", typed.strip()));
        }
        LocalTime at = when.get().time() == null ? DEFAULT_TIME : when.get().time();
        Instant deadline = ZonedDateTime.of(when.get().date(), at, zone).toInstant();
        if (!deadline.isAfter(now)) {
            throw new BadInput("form.create.past_deadline",
                    Map.of("deadline", Formats.dateTime(deadline.atZone(zone))));
        }
        return deadline;
    }
}
