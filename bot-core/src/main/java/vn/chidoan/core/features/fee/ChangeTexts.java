package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;

/**
 * How a recorded settings change reads ({@code fee.change.<field>}): "mức thu có thu nhập 5.000 đ → 6.000 đ",
 * with the values shown as people read them, and who made it when.
 */
final class ChangeTexts {
    private ChangeTexts() {
    }

    /** The latest changes for the settings view: {@code at}, {@code by} and {@code what} (markup). */
    static List<Map<String, Object>> lines(List<ChangeLog.Change> changes, Words words, Function<PersonId, String> names,
            ZoneId zone) {
        return changes.stream().map(change -> {
            Map<String, Object> line = new HashMap<>();
            line.put("at", Words.date(change.at(), zone));
            line.put("by", change.by() == null ? "—" : names.apply(change.by()));
            line.put("what", what(change, words, names).markup());
            return line;
        }).toList();
    }

    static RichText what(ChangeLog.Change change, Words words,
            Function<PersonId, String> names) {
        Map<String, Object> model = new HashMap<>();
        if (change.before() != null) {
            model.put("before", value(change.field(), change.before(), words));
        }
        model.put("after", value(change.field(), change.after(), words));
        if (change.member() != null) {
            model.put("member", names.apply(change.member()));
        }
        return words.render("fee.change." + change.field(), model);
    }

    private static String value(String field, String stored, Words words) {
        return switch (field) {
            case "amount_low", "amount_income" -> Words.money(Long.parseLong(stored));
            case "category", "default_category" -> words.category(Category.valueOf(stored));
            case "cycle" -> words.cycle(Cycle.valueOf(stored));
            case "deadline" -> stored.equals("0") ? words.label("fee.deadline_last")
                    : words.plain("fee.deadline_day", Map.of("day", stored));
            case "opened" -> words.period(FeePeriod.month(YearMonth.parse(stored)));
            default -> stored;
        };
    }
}
