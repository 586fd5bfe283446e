package vn.chidoan.core.features.record.transfer;

import java.time.Instant;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/** A member's transfer from one branch to another: who asked, and what became of it. */
record Transfer(String id, PersonId person, UnitId from, UnitId to, Status status, PersonId startedBy,
        Instant startedAt, PersonId decidedBy) {

    enum Status {
        PENDING, ACCEPTED, REFUSED, CANCELLED
    }
}
