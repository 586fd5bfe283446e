package vn.chidoan.core.features.record.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.FieldInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * What the secretary reads before anything is written: who is added, what changes for whom, and every
 * refused row with why and what to write instead. Long lists show their first {@link #SHOWN} lines and
 * how many more there are; refused rows are all shown up to {@link #SHOWN_REFUSED}, since each must be
 * fixed.
 */
@Component
class ImportReport {
    static final int SHOWN = 20;
    static final int SHOWN_REFUSED = 50;

    /** The plan, with «Xác nhận» and «Hủy». */
    void plan(String file, int total, ImportPlan plan, int unchanged, Replies replies) {
        Map<String, Object> model = counts(file, total, plan.rows(), unchanged, replies);
        replies.say("record.import.report", model, List.of(List.of(
                Button.action(replies.label("record.import.confirm_button"), ImportButtons.data(plan.id(), true)),
                Button.action(replies.label("record.import.cancel_button"), ImportButtons.data(plan.id(), false)))));
    }

    /** The refused rows; nothing is kept, and the rest is only counted. */
    void refused(String file, int total, ImportCheck.Checked checked, Replies replies) {
        Map<String, Object> model = counts(file, total, checked.rows(), checked.unchanged(), replies);
        List<Map<String, Object>> lines = checked.refused().stream().limit(SHOWN_REFUSED).map(refused -> {
            String reasons = refused.reasons().stream().map(r -> replies.render(r.key(), r.model()).markup())
                    .collect(Collectors.joining(" "));
            Map<String, Object> line = new HashMap<>(Map.of("row", refused.row(), "reason", reasons));
            if (!refused.name().isEmpty()) {
                line.put("name", refused.name());
            }
            return line;
        }).toList();
        model.put("refused", lines);
        model.put("refused_count", checked.refused().size());
        more(model, "refused_more", checked.refused().size(), SHOWN_REFUSED);
        replies.say("record.import.refused", model);
    }

    private static Map<String, Object> counts(String file, int total, List<ImportPlan.Row> rows, int unchanged,
            Replies replies) {
        Map<String, Object> model = new HashMap<>(Map.of("file", file, "total", total, "unchanged", unchanged));
        List<ImportPlan.Row> adds = rows.stream().filter(r -> r.kind() == ImportPlan.Kind.ADD).toList();
        List<ImportPlan.Row> changes = rows.stream().filter(r -> r.kind() == ImportPlan.Kind.CHANGE).toList();
        model.put("adds_count", adds.size());
        model.put("has_adds", !adds.isEmpty());
        model.put("has_changes", !changes.isEmpty());
        model.put("has_unchanged", unchanged > 0);
        model.put("changes_count", changes.size());
        model.put("adds", adds.stream().limit(SHOWN).map(line(replies)).toList());
        model.put("changes", changes.stream().limit(SHOWN).map(line(replies)).toList());
        more(model, "adds_more", adds.size(), SHOWN);
        more(model, "changes_more", changes.size(), SHOWN);
        return model;
    }

    private static Function<ImportPlan.Row, Map<String, Object>> line(Replies replies) {
        return row -> {
            List<String> values = new ArrayList<>();
            for (Field field : Field.values()) {
                Object value = row.values().get(field);
                if (value != null) {
                    values.add(replies.label("record.field." + field.key()) + " "
                            + FieldInput.shown(field, value, replies));
                }
            }
            Map<String, Object> line = new HashMap<>(Map.of("row", row.row(), "name", row.name(),
                    "values", String.join(", ", values)));
            if (row.number() != null) {
                line.put("number", row.number());
            }
            return line;
        };
    }

    private static void more(Map<String, Object> model, String key, int size, int shown) {
        if (size > shown) {
            model.put(key, List.of(Map.of("count", size - shown)));
        }
    }
}
