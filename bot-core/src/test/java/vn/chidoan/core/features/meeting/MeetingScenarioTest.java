package vn.chidoan.core.features.meeting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.testing.Database;

/** Meeting scenarios run on each database, each starting from a fresh {@link MeetingScenario}. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class MeetingScenarioTest {
    @Parameter
    Database db;

    MeetingScenario s;

    @BeforeEach
    void aBranchWithMembers() {
        s = new MeetingScenario(db);
    }
}
