package vn.chidoan.core.features.fee;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.testing.Database;

/** Fee scenarios run on each database, each starting from a fresh {@link FeeScenario}. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class FeeScenarioTest {
    @Parameter
    Database db;

    FeeScenario s;

    @BeforeEach
    void aBranchWithMembers() {
        s = new FeeScenario(db);
    }
}
