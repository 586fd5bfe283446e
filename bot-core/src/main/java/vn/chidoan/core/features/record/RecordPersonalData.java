package vn.chidoan.core.features.record;

import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * The records feature's stores of people: each implements the personal-data port; {@link
 * MembershipFollower} also hands them the member feature's erasure and merge events.
 */
public interface RecordPersonalData extends PersonalData {
}
