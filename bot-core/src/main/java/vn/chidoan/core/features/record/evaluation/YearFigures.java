package vn.chidoan.core.features.record.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.activity.Figure;

/**
 * What a member did in the year, shown beside their grade: meetings attended out of those they were
 * expected at ({@code meeting.attended}), fees paid out of fees due ({@code fee.paid}, đồng), and the
 * activities they joined: every other feature's counted figure (registrations, poll answers, notices
 * seen and acknowledged). Ratios of other features (training goals done) are no activities joined.
 */
record YearFigures(long attended, long meetings, long paid, long due, long activities) {
    // figure keys of the meeting and fee topics (their labels are activity.<key>), as the port gives them
    static final String ATTENDED = "meeting" + ".attended";
    static final String PAID = "fee" + ".paid";

    static YearFigures of(List<Figure> figures) {
        long attended = 0;
        long meetings = 0;
        long paid = 0;
        long due = 0;
        long activities = 0;
        for (Figure figure : figures) {
            switch (figure.key()) {
                case ATTENDED -> {
                    attended += figure.done();
                    meetings += figure.expected();
                }
                case PAID -> {
                    paid += figure.done();
                    due += figure.expected();
                }
                default -> activities += figure.expected() > 0 ? 0 : figure.done();
            }
        }
        return new YearFigures(attended, meetings, paid, due, activities);
    }

    /** Attended out of expected, in whole percent; 0 when no meeting was held. */
    int attendancePercent() {
        return meetings == 0 ? 0 : Math.round(100f * attended / meetings);
    }

    /** For the {@code record.evaluation._figures} partial. */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("attended", attended);
        model.put("meetings", meetings);
        model.put("held", meetings > 0);
        model.put("percent", attendancePercent());
        model.put("paid", Formats.money(paid));
        model.put("due", Formats.money(due));
        model.put("activities", activities);
        return model;
    }
}
