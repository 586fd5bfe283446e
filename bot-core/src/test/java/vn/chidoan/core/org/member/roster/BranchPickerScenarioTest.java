package vn.chidoan.core.org.member.roster;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * The branch-picker tests, run on each database: a province with a district (Huyện đoàn Kim Bảng) and its
 * two linked branches, Chi đoàn 12A1 ({@code -100}) and 12A2 ({@code -200}).
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class BranchPickerScenarioTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker province;
    Speaker district;
    Scenarios.Branch a1;
    Scenarios.Branch a2;

    @BeforeEach
    void aProvinceWithADistrictAndTwoBranches() {
        bot = TestBot.on(db.freshTemplate());
        province = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        district = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Kim Bảng", "Đỗ Văn Em");
        a1 = Scenarios.linkedBranch(bot, district, "Chi đoàn 12A1", "-100");
        a2 = Scenarios.linkedBranch(bot, district, "Chi đoàn 12A2", "-200");
    }

    static List<String> labels(Turn turn) {
        return turn.buttons().stream().filter(b -> b.data() != null && b.data().startsWith("dlg:b:"))
                .map(Button::label).toList();
    }

    UnitId branchOf(Scenarios.Branch branch) {
        return bot.org().branchOfChat(branch.group()).orElseThrow();
    }

    UnitId unitOf(Speaker officer) {
        return bot.org().topOfficerUnit(bot.members().personOf(officer.ref()).orElseThrow().id()).orElseThrow().id();
    }
}
