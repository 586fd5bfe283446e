package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** {@code /lienket <mã>}: a one-time code links one group to one branch, and every refusal says why. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class LinkingGroupsTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker officer;

    @BeforeEach
    void startBot() {
        bot = TestBot.on(db);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
    }

    private String branchCode(String name) {
        return (String) bot.inPrivate(officer).says("/chidoan_them " + name).value("org.branch.created", "code");
    }

    @Test
    void aUsedCodeIsRefusedAndTheOtherGroupStaysUnlinked() {
        String code = branchCode("Chi đoàn 12A1");
        Speaker first = Scenarios.redeemedBy(bot, bot.user("Lê Văn Cường"), code);
        bot.inGroup("-100", first).says("/lienket " + code);
        Speaker second = Scenarios.redeemedBy(bot, bot.user("Phạm Thị Dung"), branchCode("Chi đoàn 12A2"));

        Turn refused = bot.inGroup("-200", second).says("/lienket " + code);

        assertThat(refused.templates()).containsExactly("org.code.used");
        assertThat(refused.text()).contains(code);
        assertThat(bot.org().branchOfChat(TestBot.group("-200"))).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefusedWithAnExample() {
        Speaker someone = Scenarios.redeemedBy(bot, bot.user("An"), branchCode("Chi đoàn 12A1"));

        Turn refused = bot.inGroup("-100", someone).says("/lienket ZZZZZZZZ");

        assertThat(refused.templates()).containsExactly("org.code.unknown");
        assertThat(refused.text()).contains("ZZZZZZZZ", "/lienket K7MNP2QX");
    }

    @Test
    void officerAndJoinCodesAreTheWrongKindForLinking() {
        String leadCode = (String) bot.inPrivate(officer).says("/donvi_them Huyện đoàn Kim Bảng")
                .value("org.unit.created", "code");
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        String joinCode = FakeDeepLinks.payloadOf(branch.joinLink());

        assertThat(bot.inGroup("-200", branch.secretary()).says("/lienket " + leadCode).templates())
                .containsExactly("org.code.wrong_kind");
        assertThat(bot.inGroup("-200", branch.secretary()).says("/lienket " + joinCode).templates())
                .containsExactly("org.code.wrong_kind");
    }

    @Test
    void aGroupAlreadyLinkedIsRefusedAndTheCodeStaysUsable() {
        Scenarios.Branch first = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        String code = branchCode("Chi đoàn 12A2");
        Speaker secretary = Scenarios.redeemedBy(bot, bot.user("Ngô Thị Hạnh"), code);

        Turn refused = bot.inGroup("-100", secretary).says("/lienket " + code);

        assertThat(refused.templates()).containsExactly("org.link.group_taken");
        assertThat(refused.text()).contains(first.name());
        assertThat(bot.inGroup("-200", secretary).says("/lienket " + code).templates()).contains("org.link.done");
    }

    @Test
    void someoneNotRegisteredIsSentToConsentFirstAndThenLinks() {
        String code = branchCode("Chi đoàn 12A1");
        Speaker secretary = bot.user("Lê Văn Cường");

        Turn first = bot.inGroup("-100", secretary).says("/lienket " + code);

        assertThat(first.templates()).contains("org.link.needs_consent");
        assertThat(bot.members().personOf(secretary.ref())).isEmpty();
        Turn agreed = Scenarios.consents(bot, secretary, bot.inPrivate(secretary).opens(first.buttonUrl()));
        assertThat(agreed.templates()).contains("org.link.in_group");
        assertThat(bot.inGroup("-100", secretary).says("/lienket " + code.toLowerCase(Locale.ROOT)).templates())
                .contains("org.link.done", "org.join.invite");
    }

    @Test
    void theSecretaryMovesTheBranchToANewGroupAfterTheBotLeftTheOldOne() {
        String code = branchCode("Chi đoàn 12A1");
        Speaker secretary = Scenarios.redeemedBy(bot, bot.user("Lê Văn Cường"), code);
        bot.inGroup("-100", secretary).says("/lienket " + code);

        assertThat(bot.inGroup("-200", secretary).says("/lienket " + code).templates())
                .containsExactly("org.link.branch_taken");
        bot.botRemovedFrom("-100", secretary);
        assertThat(bot.inGroup("-200", secretary).says("/lienket " + code).templates()).contains("org.link.done");
        assertThat(bot.org().branchOfChat(TestBot.group("-200"))).isPresent();
        assertThat(bot.org().branchOfChat(TestBot.group("-100"))).isEmpty();
    }

    @Test
    void withoutACodeTheCommitteeRepostsTheJoinButtonAndMembersMayNot() {
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        Speaker member = Scenarios.joined(bot, branch, "Phạm Thị Dung");

        Turn reposted = bot.inGroup("-100", branch.secretary()).says("/lienket");

        assertThat(reposted.templates()).contains("org.join.invite");
        assertThat(reposted.buttonUrl()).isEqualTo(branch.joinLink());
        assertThat(bot.inGroup("-100", member).says("/lienket").templates()).containsExactly("pipeline.refused.bch");
        assertThat(bot.inGroup("-300", member).says("/lienket").templates()).containsExactly("command.lienket.usage");
    }

    @Test
    void aUsedOfficerCodeIsRefusedBeforeAskingForConsent() {
        String code = (String) bot.inPrivate(officer).says("/donvi_them Huyện đoàn Kim Bảng")
                .value("org.unit.created", "code");
        Scenarios.redeemedBy(bot, bot.user("Đỗ Văn Em"), code);
        Speaker late = bot.user("Trịnh Văn Phúc");

        Turn refused = bot.inPrivate(late).says("/start " + code);

        assertThat(refused.templates()).containsExactly("org.code.used");
        assertThat(bot.members().personOf(late.ref())).isEmpty();
    }

    @Test
    void aLinkCodeOpenedInPrivateSaysToUseItInTheGroup() {
        String code = branchCode("Chi đoàn 12A1");
        Speaker secretary = Scenarios.redeemedBy(bot, bot.user("Lê Văn Cường"), code);

        Turn again = bot.inPrivate(secretary).says("/start " + code);

        assertThat(again.templates()).containsExactly("org.link.in_group");
        assertThat(again.text()).contains("/lienket " + code);
    }
}
