package vn.chidoan.core.features.record.evaluation;

import java.util.Optional;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * One member's evaluation of a year: what they wrote of themselves and the grade they proposed (null
 * until they fill it in), the BCH's proposal and the secretary's decision (null until made).
 */
record Entry(PersonId person, UnitId branch, int year, String selfText, Grade self, Grade proposed, Grade decided) {

    boolean filled() {
        return self != null;
    }

    Optional<Grade> decision() {
        return Optional.ofNullable(decided);
    }
}
