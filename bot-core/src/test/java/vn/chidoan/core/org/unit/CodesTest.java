package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * Codes that can be taken back: the secretary renews a branch's join code, a member the committee
 * removed stays out until it lets them back, leader and link codes expire and are issued again.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class CodesTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker officer;
    Scenarios.Branch branch;

    @BeforeEach
    void linkedBranch() {
        bot = TestBot.on(db);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
    }

    private UnitId branchId() {
        return bot.org().branchOfChat(branch.group()).orElseThrow();
    }

    @Test
    void theSecretaryRenewsTheJoinCodeTheOldOneStopsAndTheGroupGetsANewButton() {
        Turn renewed = bot.inGroup(branch.groupId(), branch.secretary()).says("/mathamgia_moi");

        assertThat(renewed.templates()).contains("org.join.renewed", "org.join.invite");
        String newLink = renewed.buttonUrl();
        assertThat(newLink).isNotEqualTo(branch.joinLink());
        Speaker late = bot.user("Đến Muộn");
        Turn refused = bot.inPrivate(late).opens(branch.joinLink());
        assertThat(refused.templates()).containsExactly("org.code.renewed");
        assertThat(refused.text()).contains("nút Tham gia mới nhất");
        assertThat(bot.members().personOf(late.ref())).isEmpty();

        Scenarios.consents(bot, late, bot.inPrivate(late).opens(newLink));
        assertThat(bot.members().rosterEntryOf(branchId(), bot.members().personOf(late.ref()).orElseThrow().id()))
                .isPresent();
        assertThat(bot.inGroup(branch.groupId(), branch.secretary()).says("/lienket").buttonUrl())
                .as("the join button posted later carries the new code").isEqualTo(newLink);
    }

    @Test
    void renewedFromThePrivateChatTheJoinButtonIsPostedAgainInTheGroup() {
        Turn renewed = bot.inPrivate(branch.secretary()).says("/mathamgia_moi");

        assertThat(renewed.messages()).filteredOn(m -> m.chat().equals(branch.group())).singleElement()
                .satisfies(post -> assertThat(post.buttons()).singleElement()
                        .satisfies(button -> assertThat(button.url()).startsWith(FakeDeepLinks.PREFIX)
                                .isNotEqualTo(branch.joinLink())));
        assertThat(bot.replay(renewed).messages()).as("handled again, nothing new").isEmpty();
    }

    @Test
    void onlyTheSecretaryRenewsTheJoinCode() {
        Speaker member = Scenarios.joined(bot, branch, "Phạm Thị Dung");

        assertThat(bot.inGroup(branch.groupId(), member).says("/mathamgia_moi").templates())
                .containsExactly("pipeline.refused.secretary");
        assertThat(bot.inPrivate(bot.user("Khách")).opens(branch.joinLink()).templates())
                .as("the code still works").contains("member.consent.ask");
    }

    @Test
    void aMemberTheCommitteeRemovedCannotRejoinWithTheCodeUntilItLetsThem() {
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        Turn asked = bot.inGroup(branch.groupId(), branch.secretary()).says("/thanhvien_xoa 2");
        Turn removed = bot.inGroup(branch.groupId(), branch.secretary()).presses(asked.buttonData("mdel:"));

        Turn barred = bot.inPrivate(dung).opens(branch.joinLink());
        assertThat(barred.templates()).containsExactly("member.join.barred");
        assertThat(barred.text()).contains("bí thư");
        assertThat(bot.members().roster(branchId())).hasSize(1);

        Turn allowed = bot.inGroup(branch.groupId(), branch.secretary()).presses(removed.buttonData("mrj:"));
        assertThat(allowed.templates()).containsExactly("member.rejoin.allowed");
        assertThat(allowed.text()).contains("Phạm Thị Dung");
        assertThat(bot.inPrivate(dung).opens(branch.joinLink()).templates()).containsExactly("org.join.done");
        assertThat(bot.members().roster(branchId())).hasSize(2);
    }

    @Test
    void aPlainMemberCannotLetSomeoneBack() {
        Speaker dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        Speaker lan = Scenarios.joined(bot, branch, "Trần Thị Lan");
        Turn asked = bot.inGroup(branch.groupId(), branch.secretary()).says("/thanhvien_xoa 2");
        Turn removed = bot.inGroup(branch.groupId(), branch.secretary()).presses(asked.buttonData("mdel:"));

        bot.inGroup(branch.groupId(), lan).presses(removed.buttonData("mrj:"));

        assertThat(bot.inPrivate(dung).opens(branch.joinLink()).templates()).containsExactly("member.join.barred");
    }

    @Test
    void aLeadersCodeExpiresAfterSevenDaysAndSaysWhoIssuesANewOne() {
        String code = (String) bot.inPrivate(officer).says("/donvi_them Huyện đoàn Lý Nhân")
                .value("org.unit.created", "code");
        bot.clock().advance(Duration.ofDays(7));

        Turn expired = bot.inPrivate(bot.user("Người Nhận Muộn")).says("/start " + code);

        assertThat(expired.templates()).containsExactly("org.code.expired");
        assertThat(expired.text()).contains("7 ngày", "Tỉnh đoàn Hà Nam", "/mamoi");
    }

    @Test
    void theOfficerIssuesANewCodeAndTheOldUnusedOneStops() {
        String old = (String) bot.inPrivate(officer).says("/donvi_them Huyện đoàn Lý Nhân")
                .value("org.unit.created", "code");
        bot.clock().advance(Duration.ofDays(8));

        Turn reissued = bot.inPrivate(officer).says("/mamoi huyện đoàn  lý nhân");

        assertThat(reissued.templates()).contains("org.code.reissued");
        String fresh = (String) reissued.value("org.code.reissued", "code");
        assertThat(fresh).isNotEqualTo(old);
        assertThat(reissued.text()).contains("Huyện đoàn Lý Nhân", "7 ngày", FakeDeepLinks.PREFIX + fresh);
        assertThat(bot.inPrivate(bot.user("Ai Đó")).says("/start " + old).templates()).containsExactly("org.code.revoked");
        Speaker leader = Scenarios.redeemedBy(bot, bot.user("Nguyễn Văn Huyện"), fresh);
        assertThat(bot.inPrivate(leader).says("/donvi").text()).contains("Huyện đoàn Lý Nhân");
    }

    @Test
    void aBranchsLinkCodeExpiresForLinkingAGroupAndIsIssuedAgain() {
        String code = (String) bot.inPrivate(officer).says("/chidoan_them Chi đoàn 12A2")
                .value("org.branch.created", "code");
        bot.clock().advance(Duration.ofDays(7));
        Speaker secretary = bot.user("Bí Thư Mới");
        Turn expired = bot.inGroup("-300", secretary).says("/lienket " + code);
        assertThat(expired.templates()).containsExactly("org.code.expired");

        String fresh = (String) bot.inPrivate(officer).says("/mamoi Chi đoàn 12A2").value("org.code.reissued", "code");
        Scenarios.redeemedBy(bot, secretary, fresh);

        assertThat(bot.inGroup("-300", secretary).says("/lienket " + fresh).templates()).contains("org.link.done");
    }

    @Test
    void anOfficerIssuesCodesOnlyForUnitsBelowTheirs() {
        Speaker other = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Nam Định");

        Turn refused = bot.inPrivate(other).says("/mamoi Chi đoàn 12A1");

        assertThat(refused.templates()).containsExactly("org.code.no_such_unit");
        assertThat(refused.text()).contains("Tỉnh đoàn Nam Định", "/donvi");
    }
}
