package vn.chidoan.core.features.record.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A checked import waiting for «Xác nhận», kept as one document ({@link PlanStore}): the rows to add and
 * to change, each with what it sets, and the roster as it was when the file was checked ({@code roster},
 * a digest), so a roster changed since is never written over.
 */
record ImportPlan(String id, UnitId branch, PersonId by, Status status, String roster, Instant createdAt,
        PersonId confirmedBy, Instant confirmedAt, List<Row> rows) {

    enum Status {
        PENDING, APPLYING, APPLIED, CANCELLED
    }

    enum Kind {
        ADD, CHANGE
    }

    /** A row to apply: whom ({@code person}: the roster member changed, or the one added once added). */
    record Row(int row, Kind kind, PersonId person, Integer number, String name, Map<Field, Object> values,
            boolean done) {
        Row {
            values = Map.copyOf(values);
        }
    }

    ImportPlan {
        rows = List.copyOf(rows);
    }

    long count(Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }
}
