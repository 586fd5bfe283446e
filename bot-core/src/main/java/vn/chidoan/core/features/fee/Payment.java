package vn.chidoan.core.features.fee;

import java.time.Instant;
import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * One record of the fee book, numbered per branch (phiếu số): money a member paid for some months, who
 * recorded or confirmed it and how. A mistake is never overwritten: a {@link Kind#VOID} record takes a
 * payment back (its lines negated, {@code corrects} naming it) and a {@link Kind#CORRECTION} records what was
 * really paid, both with the reason. {@code person} is null once the member erased their data: the money
 * stays in the totals, nobody is named.
 */
record Payment(UnitId branch, long number, PersonId person, List<Line> lines, Kind kind, PersonId by,
        Instant at, String reason, Long corrects) {

    enum Kind {
        /** The member said they paid and the BCH confirmed it. */
        CONFIRMED,
        /** The BCH recorded it: picked from the roster, in reply to the member, or by roster number. */
        MARKED,
        /** The BCH recorded it for the whole branch at once, but for the exceptions. */
        BULK,
        /** Takes payment {@code corrects} back. */
        VOID,
        /** What was really paid, in place of payment {@code corrects}, which a {@link #VOID} took back. */
        CORRECTION
    }

    Payment {
        lines = List.copyOf(lines);
    }

    long total() {
        return Line.total(lines);
    }
}
