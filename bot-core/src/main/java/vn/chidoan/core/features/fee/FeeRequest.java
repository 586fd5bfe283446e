package vn.chidoan.core.features.fee;

import java.time.Instant;
import java.util.List;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * "Tôi đã nộp": a member says they paid these months (what they owed when they said it), optionally with a
 * photo of the transfer as their platform holds it; the BCH confirms (a payment is recorded) or rejects it.
 * While it waits, the months are not reminded of.
 */
record FeeRequest(String id, UnitId branch, PersonId person, List<Line> lines, Attachment photo,
        Platform photoPlatform, Status status, PersonId decidedBy, Instant at) {

    enum Status {
        PENDING, CONFIRMED, REJECTED
    }

    FeeRequest {
        lines = List.copyOf(lines);
    }

    long total() {
        return Line.total(lines);
    }
}
