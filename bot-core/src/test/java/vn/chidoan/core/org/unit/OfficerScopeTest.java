package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** An officer's rights cover their unit's whole subtree and nothing outside it. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OfficerScopeTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker province;
    Speaker kimBang;
    Speaker duyTien;

    @BeforeEach
    void buildTree() {
        bot = TestBot.on(db);
        province = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        kimBang = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Kim Bảng", "Đỗ Văn Em");
        duyTien = Scenarios.subUnitOfficer(bot, province, "Thị đoàn Duy Tiên", "Vũ Thị Giang");
        Scenarios.linkedBranch(bot, kimBang, "Chi đoàn Thôn Đông", "-100");
        Scenarios.linkedBranch(bot, duyTien, "Chi đoàn Phố Mới", "-200");
    }

    @Test
    void aDistrictOfficerIsAnOfficerInTheirBranchesGroupsOnly() {
        assertThat(bot.inGroup("-100", kimBang).says("/thanhvien").templates()).contains("record.roster.page");
        assertThat(bot.inGroup("-200", kimBang).says("/thanhvien").templates()).containsExactly("pipeline.refused.bch");
    }

    @Test
    void theProvinceOfficerCoversEveryBranchBelow() {
        assertThat(bot.inGroup("-100", province).says("/thanhvien").templates()).contains("record.roster.page");
        assertThat(bot.inGroup("-200", province).says("/thanhvien").templates()).contains("record.roster.page");
    }

    @Test
    void anOfficerCreatesOnlyBelowTheirOwnUnit() {
        Turn created = bot.inPrivate(kimBang).says("/chidoan_them Chi đoàn Thôn Tây");
        UnitId kimBangUnit = bot.org().topOfficerUnit(bot.members().personOf(kimBang.ref()).orElseThrow().id())
                .orElseThrow().id();
        UnitId duyTienUnit = bot.org().topOfficerUnit(bot.members().personOf(duyTien.ref()).orElseThrow().id())
                .orElseThrow().id();

        assertThat(created.templates()).contains("org.branch.created");
        assertThat(bot.org().branchesWithin(kimBangUnit)).hasSize(2);
        assertThat(bot.org().branchesWithin(duyTienUnit)).hasSize(1);
    }

    @Test
    void anOfficerSeesTheirSubtreeAndNothingElse() {
        Turn tree = bot.inPrivate(kimBang).says("/donvi");

        assertThat(tree.value("org.tree.view", "name")).isEqualTo("Huyện đoàn Kim Bảng");
        assertThat(tree.value("org.tree.view", "branches")).isEqualTo(1);
        assertThat(tree.text()).contains("Chi đoàn Thôn Đông").doesNotContain("Phố Mới", "Duy Tiên");
    }

    @Test
    void grassrootsUnitsHaveOnlyBranchesBelowThem() {
        Speaker school = Scenarios.subUnitOfficer(bot, kimBang, "Đoàn trường THPT Kim Bảng A", "Lý Văn Hải");
        long units = bot.mongo().getCollection("units").countDocuments();

        assertThat(bot.inPrivate(school).says("/donvi_them Liên chi đoàn khối 10").templates())
                .containsExactly("org.unit.below_grassroots");
        assertThat(bot.mongo().getCollection("units").countDocuments()).isEqualTo(units);
        assertThat(bot.inPrivate(school).says("/chidoan_them Chi đoàn 10A1").templates()).contains("org.branch.created");
    }

    @Test
    void anAdminAddsBelowTheExistingRootInsteadOfASecondRoot() {
        Turn created = bot.inPrivate(bot.admin()).says("/donvi_them Thành đoàn Phủ Lý");

        assertThat(created.value("org.unit.created", "kind")).isEqualTo("Thành đoàn");
        assertThat(bot.mongo().getCollection("units").countDocuments(new org.bson.Document("parent", null)))
                .isEqualTo(1);
    }
}
