package vn.chidoan.core.features.record;

import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/** A dialogue's state that is about one member of one branch (ids as stored text). */
public interface OnMember {
    String branch();

    String person();

    default UnitId branchId() {
        return new UnitId(branch());
    }

    default PersonId personId() {
        return new PersonId(person());
    }
}
