package vn.chidoan.core.org.member;

import vn.chidoan.core.kernel.personal.PersonalData;

/** The member store's personal data, for tests wired without Spring. */
public final class MemberDataForTests {
    private MemberDataForTests() {
    }

    public static PersonalData of(Members members) {
        return new MemberData(members);
    }
}
