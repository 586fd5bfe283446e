package vn.chidoan.core.features.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Where each branch of a subtree stands: its criteria and score under the unit's settings, its rank, and
 * why it needs attention (no meeting this month, attendance under the threshold, fees unpaid, notices not
 * acknowledged).
 */
record Standing(UnitId branch, String name, String subUnit, Criteria criteria, double score, int rank,
        List<String> attention) {
    static final List<String> REASONS = List.of("no_meeting", "low_attendance", "fees_unpaid", "notices_unacked");

    /** Ranks the branches by score, best first (equal scores share a rank). */
    static List<Standing> rank(Map<UnitId, Totals> totals, Map<YearMonth, Map<UnitId, Totals>> byMonth,
            List<YearMonth> periodMonths, YearMonth current, ReportSettings settings, Names names) {
        List<Standing> unranked = new ArrayList<>();
        for (Map.Entry<UnitId, Totals> entry : totals.entrySet()) {
            UnitId branch = entry.getKey();
            int withMeeting = (int) periodMonths.stream().map(m -> byMonth.getOrDefault(m, Map.of()).get(branch))
                    .filter(row -> row != null && row.done(FigureKeys.HELD) > 0).count();
            Criteria criteria = Criteria.of(entry.getValue(), withMeeting, periodMonths.size());
            Map<UnitId, Totals> thisMonth = byMonth.getOrDefault(current, Map.of());
            boolean metThisMonth = thisMonth.containsKey(branch) && thisMonth.get(branch).done(FigureKeys.HELD) > 0;
            unranked.add(new Standing(branch, names.name(branch), names.subUnit(branch), criteria,
                    criteria.score(settings), 0, reasons(entry.getValue(), metThisMonth, settings)));
        }
        unranked.sort(Comparator.comparingDouble(Standing::score).reversed().thenComparing(Standing::name));
        List<Standing> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Standing s = unranked.get(i);
            boolean tied = i > 0 && Math.abs(ranked.get(i - 1).score() - s.score()) < 1e-9;
            int rank = tied ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Standing(s.branch(), s.name(), s.subUnit(), s.criteria(), s.score(), rank, s.attention()));
        }
        return ranked;
    }

    /** A branch's name and the sub-unit it counts for. */
    interface Names {
        String name(UnitId branch);

        String subUnit(UnitId branch);
    }

    long roundedScore() {
        return Math.round(score);
    }

    private static List<String> reasons(Totals totals, boolean metThisMonth, ReportSettings settings) {
        List<String> reasons = new ArrayList<>();
        if (!metThisMonth) {
            reasons.add("no_meeting");
        }
        boolean attendance = totals.get(FigureKeys.ATTENDED).expected() > 0;
        if (attendance && totals.percent(FigureKeys.ATTENDED) < settings.threshold()) {
            reasons.add("low_attendance");
        }
        if (totals.get(FigureKeys.FEE_COLLECTED).done() < totals.get(FigureKeys.FEE_COLLECTED).expected()) {
            reasons.add("fees_unpaid");
        }
        if (totals.get(FigureKeys.NOTICES_ACKNOWLEDGED).done() < totals.get(FigureKeys.NOTICES_ACKNOWLEDGED).expected()) {
            reasons.add("notices_unacked");
        }
        return reasons;
    }
}
