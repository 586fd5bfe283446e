package vn.chidoan.core.features.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.member.status.MemberStatus;

/**
 * What a record shows, for the card, {@code /hoso} and {@code /toi}: each field with its label (absent
 * ones too, so the reader sees what is missing), the status today with its dates and note, the honours.
 */
@Component
public class RecordView {
    private final Clock clock;

    RecordView(Clock clock) {
        this.clock = clock;
    }

    public Map<String, Object> model(MemberRecord record, Replies replies) {
        Map<String, Object> model = new HashMap<>();
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            Map<String, Object> line = new HashMap<>();
            line.put("label", replies.label("record.field." + field.key()));
            record.field(field).map(value -> FieldInput.shown(field, value, replies))
                    .ifPresent(value -> line.put("value", value));
            fields.add(line);
        }
        model.put("fields", fields);
        LocalDate today = LocalDate.now(clock);
        MemberStatus status = record.statusOn(today);
        model.put("status", replies.label("record.status." + status.key()));
        if (status != MemberStatus.ACTIVE) {
            putDay(model, "from", record.status().from());
            putDay(model, "until", record.status().until());
            if (record.statusNote() != null) {
                model.put("note", record.statusNote());
            }
        }
        List<String> marks = new ArrayList<>();
        for (Mark mark : record.marks()) {
            Map<String, Object> line = new HashMap<>(Map.of("kind", replies.label("record.mark." + mark.kind().key()),
                    "day", Formats.date(mark.day())));
            if (mark.decision() != null) {
                line.put("decision", mark.decision());
            }
            marks.add(replies.render("record.card.mark", line).markup());
        }
        model.put("marks", marks);
        return model;
    }

    private static void putDay(Map<String, Object> model, String key, LocalDate day) {
        if (day != null) {
            model.put(key, Formats.date(day));
        }
    }
}
