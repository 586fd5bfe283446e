package vn.chidoan.core.features.record.admission;

import java.time.Instant;
import java.time.LocalDate;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A proposal to admit someone to a branch: who (name, date of birth), proposed by whom and when, and
 * what became of it ({@code person}: the roster record the approval made).
 */
record Admission(String id, UnitId branch, String name, LocalDate birthDate, PersonId proposedBy,
        Instant proposedAt, Status status, PersonId decidedBy, PersonId person) {

    enum Status {
        PENDING, APPROVED, REFUSED
    }
}
