package vn.chidoan.core.org.member.status;

import java.time.LocalDate;
import java.util.Map;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Port: members' statuses and fee categories as their records keep them, for features that treat
 * members differently by them (fees: a member working away pays quarterly and is reminded privately).
 * Implemented by the member records feature.
 */
public interface MemberStatuses {

    /** The members of the branch whose status on {@code day} is not {@link MemberStatus#ACTIVE}, with it. */
    Map<PersonId, StatusSpell> away(UnitId branch, LocalDate day);

    /** The fee category of each member of the branch whose record names one. */
    Map<PersonId, FeeCategory> feeCategories(UnitId branch);
}
