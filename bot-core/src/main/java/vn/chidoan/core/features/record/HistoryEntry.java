package vn.chidoan.core.features.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * One line of a member's history: what ({@code operation}, and {@code detail}: a status, a grade, a
 * field), when it was recorded ({@code at}) and the day it counts from ({@code day}, null when that is
 * the same), in which branch (and the other one, for a transfer), decided by whom ({@code by}, null
 * for what the member did themselves or an erased person decided), and a note (a reason, a decision).
 *
 * @param id the cause's key, so recording it again changes nothing
 */
public record HistoryEntry(String id, PersonId person, UnitId branch, Operation operation, Instant at,
        LocalDate day, PersonId by, String detail, String note, UnitId other) {

    public HistoryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(at, "at");
    }
}
