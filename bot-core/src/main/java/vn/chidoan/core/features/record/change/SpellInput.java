package vn.chidoan.core.features.record.change;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusSpell;

/**
 * The dates and place of a status as the BCH types them: {@code từ 01/03/2026 đến 31/12/2026 tại Bình
 * Dương}, {@code 1/3 đến 31/12}, {@code 1/3} (open-ended), with or without diacritics; dates as every
 * feature reads them ({@link DateInput}). Refused with an example when a date cannot be read or the end
 * comes before the start.
 */
final class SpellInput {
    private static final Pattern TYPED = Pattern.compile(
            "(?iu)^\\s*(?:từ|tu)?\\s*(\\S+)(?:\\s+(?:đến|den)\\s+(\\S+))?(?:\\s+(?:tại|tai|ở)\\s+(.+))?\\s*$");
    static final int PLACE_MAX = 120;

    /** A status with its dates and where (null when not said). */
    record Typed(StatusSpell spell, String place) {
    }

    private SpellInput() {
    }

    static Typed read(MemberStatus status, String text, LocalDate today) {
        Matcher m = TYPED.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw bad(text);
        }
        LocalDate from = DateInput.date(m.group(1), today).orElseThrow(() -> bad(text));
        LocalDate until = m.group(2) == null ? null : DateInput.date(m.group(2), today).orElseThrow(() -> bad(text));
        if (until != null && until.isBefore(from)) {
            throw new BadInput("record.status.ends_before", Map.of("text", text));
        }
        String place = m.group(3) == null ? null : m.group(3).strip().replaceAll("\\s+", " ");
        if (place != null && place.length() > PLACE_MAX) {
            throw new BadInput("record.status.place_too_long", Map.of("max", PLACE_MAX));
        }
        return new Typed(new StatusSpell(status, from, until), place);
    }

    private static BadInput bad(String text) {
        return new BadInput("record.status.bad_dates", Map.of("text", text == null ? "" : text));
    }
}
