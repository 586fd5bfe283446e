package vn.chidoan.core.features.record;

import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/** Events inside the records feature, for its parts that follow a record (the maturing-out check). */
public final class RecordEvents {
    private RecordEvents() {
    }

    /** The member's record in the branch now has a date of birth. */
    public record BirthDateSet(PersonId person, UnitId branch) {
    }
}
