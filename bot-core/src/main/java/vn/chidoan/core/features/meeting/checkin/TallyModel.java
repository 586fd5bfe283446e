package vn.chidoan.core.features.meeting.checkin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How templates read a {@link Tally}: names joined, counts, the rate, and the excused with reasons. */
final class TallyModel {
    private TallyModel() {
    }

    public static Map<String, Object> of(Tally tally) {
        Map<String, Object> model = new HashMap<>();
        names(model, "present", tally.present());
        names(model, "late", tally.late());
        names(model, "excused", tally.excused().stream().map(Tally.Excused::name).toList());
        names(model, "absent", tally.absent());
        model.put("expected", tally.expected());
        model.put("attended", tally.attended());
        model.put("rate", tally.ratePercent());
        List<Map<String, Object>> reasons = tally.excused().stream().map(e -> {
            Map<String, Object> line = new HashMap<>();
            line.put("name", e.name());
            if (e.reason() != null) {
                line.put("reason", e.reason());
            }
            return line;
        }).toList();
        model.put("reasons", reasons);
        return model;
    }

    /** {@code <what>Count}, and {@code <what>} (the names) only when there are some. */
    private static void names(Map<String, Object> model, String what, List<String> names) {
        model.put(what + "Count", names.size());
        if (!names.isEmpty()) {
            model.put(what, String.join(", ", names));
        }
    }
}
