package vn.chidoan.core.org.unit;

import vn.chidoan.core.kernel.personal.PersonalData;

/** The organisation's personal data, for tests wired without Spring. */
public final class OrgDataForTests {
    private OrgDataForTests() {
    }

    public static PersonalData of(Organisation org) {
        return new OrgData(org);
    }
}
