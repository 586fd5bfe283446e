package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** The whole way from an empty tree to a member on a branch's roster, as people do it in chats. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class BranchOnboardingTest {
    @Parameter
    Database db;

    TestBot bot;

    @BeforeEach
    void startBot() {
        bot = TestBot.on(db);
    }

    @Test
    void adminCreatesTheProvinceAndItsLeaderBecomesOfficer() {
        Turn created = bot.inPrivate(bot.admin()).says("/donvi_them Tỉnh đoàn Hà Nam");

        assertThat(created.templates()).contains("org.unit.created");
        String code = (String) created.value("org.unit.created", "code");
        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}");
        assertThat(created.text()).contains(FakeDeepLinks.PREFIX + code);
        assertThat(bot.org().root()).get().extracting(Unit::name, Unit::kind)
                .containsExactly("Tỉnh đoàn Hà Nam", UnitKind.TINH_DOAN);

        Speaker leader = bot.user("Trần Thị Bình");
        Turn asked = bot.inPrivate(leader).says("/start " + code);
        assertThat(asked.templates()).contains("member.consent.ask");
        Turn agreed = Scenarios.consents(bot, leader, asked);

        assertThat(agreed.templates()).contains("member.consent.recorded", "org.officer.welcome", "member.name.confirm");
        assertThat(bot.inPrivate(leader).says("/donvi").templates()).contains("org.tree.view");
    }

    @Test
    void officerCreatesBranchSecretaryLinksGroupAndMembersJoinByTheButton() {
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Turn created = bot.inPrivate(officer).says("/chidoan_them Chi đoàn 12A1");
        String code = (String) created.value("org.branch.created", "code");

        Speaker secretary = Scenarios.redeemedBy(bot, bot.user("Lê Văn Cường"), code);
        bot.botAddedTo("-100", secretary);
        Turn linked = bot.inGroup("-100", secretary).says("/lienket " + code);

        assertThat(linked.templates()).contains("org.link.done", "org.join.invite");
        assertThat(linked.messages()).allMatch(m -> m.chat().equals(TestBot.group("-100")));
        String joinLink = linked.buttonUrl();
        assertThat(joinLink).startsWith(FakeDeepLinks.PREFIX);

        Speaker member = bot.user("Phạm Thị Dung");
        Turn opened = bot.inPrivate(member).opens(joinLink);
        assertThat(opened.templates()).contains("member.consent.ask");
        assertThat(bot.members().personOf(member.ref())).isEmpty();
        Turn joined = Scenarios.consents(bot, member, opened);
        assertThat(joined.templates()).contains("org.join.done");

        Turn roster = bot.inGroup("-100", secretary).says("/thanhvien");
        assertThat(roster.templates()).contains("record.roster.page");
        assertThat(roster.text()).contains("1. Lê Văn Cường", "2. Phạm Thị Dung");
        assertThat(roster.value("record.roster.page", "count")).isEqualTo(2);
        assertThat(bot.members().roster(bot.org().branchOfChat(TestBot.group("-100")).orElseThrow()))
                .extracting(e -> e.role()).containsExactly(Role.SECRETARY, Role.MEMBER);
    }

    @Test
    void officerSeesTheSubtreeWithCounts() {
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Speaker district = Scenarios.subUnitOfficer(bot, officer, "Huyện đoàn Kim Bảng", "Đỗ Văn Em");
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, district, "Chi đoàn Thôn Đông", "-200");
        Scenarios.joined(bot, branch, "Hoàng Thị Gấm");
        bot.inPrivate(district).says("/chidoan_them Chi đoàn Thôn Tây");

        Turn tree = bot.inPrivate(officer).says("/donvi");

        assertThat(tree.value("org.tree.view", "branches")).isEqualTo(2);
        assertThat(tree.value("org.tree.view", "members")).isEqualTo(2L);
        assertThat(tree.value("org.tree.unit_line", "name")).isEqualTo("Huyện đoàn Kim Bảng");
        Turn districtTree = bot.inPrivate(district).says("/donvi");
        assertThat(districtTree.text()).contains("Chi đoàn Thôn Đông", "Chi đoàn Thôn Tây");
        assertThat(districtTree.templates()).contains("org.tree.branch_line");
    }
}
