package vn.chidoan.core.features.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A branch's standing on the ranking criteria, each a rate from 0 to 1, and its score: the weighted mean
 * of the criteria it has a base for (a branch with no fee book is not marked down for fees, nor up).
 *
 * <ul>
 * <li>{@code hop}: months with a meeting out of the period's months so far;</li>
 * <li>{@code thamgia}: attendance, check-ins out of who was expected;</li>
 * <li>{@code doanphi}: fees collected out of what was due;</li>
 * <li>{@code hoatdong}: answers to registrations, polls and posts out of what reached the branch times
 * its members (at most 1);</li>
 * <li>{@code thongbao}: notices acknowledged out of those that asked for it.</li>
 * </ul>
 */
record Criteria(Map<String, Double> rates) {
    static Criteria of(Totals totals, int monthsWithMeeting, int months) {
        Map<String, Double> rates = new LinkedHashMap<>();
        if (months > 0) {
            rates.put("hop", Math.min(1.0, (double) monthsWithMeeting / months));
        }
        rate(rates, "thamgia", totals, FigureKeys.ATTENDED);
        rate(rates, "doanphi", totals, FigureKeys.FEE_COLLECTED);
        long reached = totals.done(FigureKeys.FORMS) + totals.done(FigureKeys.POLLS_ASKED) + totals.done(FigureKeys.POSTS);
        long members = totals.done(FigureKeys.MEMBER_COUNT);
        if (reached > 0 && members > 0) {
            long answers = totals.done(FigureKeys.REGISTERED) + totals.done(FigureKeys.POLLS_ANSWERED)
                    + totals.done(FigureKeys.COMMENTS_ANSWERED);
            rates.put("hoatdong", Math.min(1.0, (double) answers / (reached * members)));
        }
        rate(rates, "thongbao", totals, FigureKeys.NOTICES_ACKNOWLEDGED);
        return new Criteria(rates);
    }

    /** The score out of 100 under these weights; 0 when no weighted criterion has a base. */
    double score(ReportSettings settings) {
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<String, Double> rate : rates.entrySet()) {
            int weight = settings.weight(rate.getKey());
            weighted += weight * rate.getValue();
            weights += weight;
        }
        return weights == 0 ? 0 : 100 * weighted / weights;
    }

    /** The criterion in whole percent, or null when the branch has no base for it. */
    Integer percent(String criterion) {
        Double rate = rates.get(criterion);
        return rate == null ? null : (int) Math.round(100 * rate);
    }

    private static void rate(Map<String, Double> rates, String criterion, Totals totals, String key) {
        if (totals.get(key).expected() > 0) {
            rates.put(criterion, Math.min(1.0, totals.get(key).rate()));
        }
    }
}
