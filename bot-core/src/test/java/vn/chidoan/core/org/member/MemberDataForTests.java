package vn.chidoan.core.org.member;

import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.personal.PersonalData;

/** The member store's personal data, for tests wired without Spring. */
public final class MemberDataForTests {
    private MemberDataForTests() {
    }

    public static PersonalData of(MongoTemplate mongo, Clock clock) {
        return new MemberData(mongo, clock);
    }
}
