package vn.chidoan.core.features.fee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;

/**
 * How fees read in one language: periods ({@code T12/2026}, {@code Quý 4/2026}), categories, cycles,
 * deadlines, money and dates, from templates; for replies and for messages sent on the bot's own account
 * (reminders, requests to the BCH), which have no replies to render with.
 */
final class Words {
    private final BiFunction<String, Map<String, ?>, RichText> render;
    private final String lang;

    private Words(BiFunction<String, Map<String, ?>, RichText> render, String lang) {
        this.render = render;
        this.lang = lang;
    }

    static Words of(Replies replies) {
        return new Words(replies::render, replies.lang());
    }

    static Words of(Texts texts, String lang) {
        return new Words((key, model) -> texts.render(key, lang, model), lang);
    }

    String lang() {
        return lang;
    }

    RichText render(String key, Map<String, ?> model) {
        return render.apply(key, model);
    }

    String plain(String key, Map<String, ?> model) {
        return render(key, model).toPlainText();
    }

    String label(String key) {
        return plain(key, Map.of());
    }

    String period(FeePeriod period) {
        return plain("fee.period", period.model());
    }

    /** Periods in order, joined: {@code T2/2026, T3/2026}. */
    String periods(List<FeePeriod> periods) {
        return String.join(", ", periods.stream().map(this::period).toList());
    }

    /** The periods of these months, in order, each once. */
    String periodsOf(List<Ledger.Month> months) {
        return periods(months.stream().map(Ledger.Month::period).distinct().toList());
    }

    static String money(long vnd) {
        return Formats.money(vnd);
    }

    static String date(LocalDate day) {
        return Formats.date(day);
    }

    static String date(Instant at, ZoneId zone) {
        return Formats.date(at.atZone(zone).toLocalDate());
    }

    String category(Category category) {
        return label("fee.category." + category.key());
    }

    String cycle(Cycle cycle) {
        return label("fee.cycle." + cycle.name().toLowerCase(Locale.ROOT));
    }

    /** The deadline as a rule: "ngày 10 hằng tháng", "cuối tháng cuối quý". */
    String deadline(Terms terms) {
        Map<String, Object> model = new HashMap<>();
        model.put("quarterly", terms.cycle() == Cycle.QUARTERLY);
        if (terms.deadlineDay() == Terms.LAST_DAY) {
            model.put("last", true);
        } else {
            model.put("day", terms.deadlineDay());
        }
        return plain("fee.deadline", model);
    }
}
