package vn.chidoan.core.features.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.activity.DatePeriod;

/**
 * What {@code /baocao} covers: this month ({@code tháng}, the default), this quarter ({@code quý}) or this
 * year ({@code năm}), up to today. Its attendance line runs over its months, and over the last
 * {@value #TREND} months for a month alone (one point is no line).
 */
record ReportPeriod(Kind kind, DatePeriod period, YearMonth first, YearMonth last) {
    static final int TREND = 6;

    enum Kind {
        MONTH, QUARTER, YEAR
    }

    /** The period a word names ({@code thang}, {@code quy}, {@code nam}; typed with or without marks). */
    static Optional<ReportPeriod> named(String word, LocalDate today) {
        String plain = DateInput.plain(word);
        YearMonth month = YearMonth.from(today);
        return switch (plain) {
            case "", "thang", "month" ->
                    Optional.of(new ReportPeriod(Kind.MONTH, DatePeriod.month(month), month, month));
            case "quy", "quarter" -> {
                int quarter = (month.getMonthValue() - 1) / 3 + 1;
                YearMonth first = YearMonth.of(month.getYear(), 3 * quarter - 2);
                yield Optional.of(new ReportPeriod(Kind.QUARTER, DatePeriod.quarter(month.getYear(), quarter), first,
                        first.plusMonths(2)));
            }
            case "nam", "year" -> Optional.of(new ReportPeriod(Kind.YEAR, DatePeriod.year(month.getYear()),
                    YearMonth.of(month.getYear(), 1), YearMonth.of(month.getYear(), 12)));
            default -> Optional.empty();
        };
    }

    /** The months the attendance line shows, up to the current one. */
    List<YearMonth> trendMonths(LocalDate today) {
        YearMonth end = last.isAfter(YearMonth.from(today)) ? YearMonth.from(today) : last;
        YearMonth start = kind == Kind.MONTH ? end.minusMonths(TREND - 1L) : first;
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The months of the period up to the current one. */
    List<YearMonth> monthsSoFar(LocalDate today) {
        return trendMonths(today).stream().filter(m -> !m.isBefore(first)).toList();
    }

    /** The model its templates name it by: {@code month}, {@code quarter} or {@code year}, and its dates. */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put(kind.name().toLowerCase(Locale.ROOT), true);
        model.put("monthNumber", first.getMonthValue());
        model.put("quarterNumber", (first.getMonthValue() - 1) / 3 + 1);
        model.put("yearNumber", first.getYear());
        model.put("from", Formats.date(period.from()));
        model.put("until", Formats.date(period.until().minusDays(1)));
        return model;
    }

    /** A short tag for file names: {@code thang-03-2026}, {@code quy-1-2026}, {@code nam-2026}. */
    String tag() {
        return switch (kind) {
            case MONTH -> String.format("thang-%02d-%d", first.getMonthValue(), first.getYear());
            case QUARTER -> "quy-" + ((first.getMonthValue() - 1) / 3 + 1) + "-" + first.getYear();
            case YEAR -> "nam-" + first.getYear();
        };
    }

    static String monthLabel(YearMonth month) {
        return month.getMonthValue() + "/" + month.getYear();
    }
}
