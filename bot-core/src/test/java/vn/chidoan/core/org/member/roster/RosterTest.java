package vn.chidoan.core.org.member.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;
import vn.chidoan.core.org.member.MemberEvents;

/** The BCH keeps the roster: numbered, with roles; adding by name, removing with confirmation, choosing the BCH. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RosterTest {
    @Parameter
    Database db;

    TestBot bot;
    Scenarios.Branch branch;
    Speaker secretary;
    Speaker dung;
    Speaker giang;

    @BeforeEach
    void branchWithTwoMembers() {
        bot = TestBot.on(db);
        branch = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam"), "Chi đoàn 12A1", "-100");
        secretary = branch.secretary();
        dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        giang = Scenarios.joined(bot, branch, "Vũ Văn Giang");
    }

    private UnitId branchId() {
        return bot.org().branchOfChat(branch.group()).orElseThrow();
    }

    @Test
    void theRosterIsNumberedWithRoles() {
        Turn roster = bot.inGroup("-100", secretary).says("/thanhvien");

        assertThat(roster.text()).contains("1. Bí Thư Chi đoàn 12A1 — bí thư", "2. Phạm Thị Dung", "3. Vũ Văn Giang");
    }

    @Test
    void theCommitteeAddsAMemberByName() {
        Turn added = bot.inGroup("-100", secretary).says("/thanhvien_them Nguyễn Văn Hùng");

        assertThat(added.templates()).containsExactly("member.add.done");
        assertThat(added.value("member.add.done", "number")).isEqualTo(4);
        assertThat(bot.inGroup("-100", secretary).says("/thanhvien").text())
                .contains("4. Nguyễn Văn Hùng (chưa có tài khoản)");
    }

    @Test
    void removingAsksFirstAndHappensOnlyOnTheButton() {
        Turn asked = bot.inGroup("-100", secretary).says("/thanhvien_xoa 2");
        assertThat(asked.templates()).contains("member.remove.confirm");
        assertThat(bot.members().roster(branchId())).hasSize(3);

        Turn removed = bot.inGroup("-100", secretary).presses(asked.buttonData("mdel:"));

        assertThat(removed.templates()).containsExactly("member.rejoin.button", "member.remove.done");
        assertThat(removed.answer()).isPresent();
        assertThat(bot.members().roster(branchId())).extracting(RosterEntry::name)
                .containsExactly("Bí Thư Chi đoàn 12A1", "Vũ Văn Giang");
        assertThat(bot.inGroup("-100", secretary).presses(asked.buttonData("mdel:")).templates())
                .containsExactly("member.remove.gone");
        assertThat(bot.events().published()).contains(new MemberEvents.MemberRemoved(
                bot.members().personOf(dung.ref()).orElseThrow().id(), branchId()));
    }

    @Test
    void aNumberNotOnTheRosterIsRefused() {
        Turn refused = bot.inGroup("-100", secretary).says("/thanhvien_xoa 9");

        assertThat(refused.templates()).containsExactly("member.roster.no_such_number");
        assertThat(refused.text()).contains("9", "3");
    }

    @Test
    void theSecretaryAddsAMemberToTheCommitteeByReplyingToThem() {
        Turn promoted = bot.inGroup("-100", secretary).replyingTo(dung).says("/bch_them");

        assertThat(promoted.templates()).containsExactly("member.bch.done");
        assertThat(bot.members().roster(branchId()).get(1).role()).isEqualTo(Role.BCH);
        assertThat(bot.inGroup("-100", dung).says("/thanhvien").templates()).contains("member.roster.list");
        assertThat(bot.inGroup("-100", secretary).says("/bch_them 2").templates()).containsExactly("member.bch.already");
    }

    @Test
    void theCommitteeCannotRemoveSomeoneOfTheirRankOrAbove() {
        bot.inGroup("-100", secretary).says("/bch_them 2");

        Turn refused = bot.inGroup("-100", dung).says("/thanhvien_xoa 1");

        assertThat(refused.templates()).containsExactly("member.remove.not_allowed");
        assertThat(bot.inGroup("-100", dung).says("/thanhvien_xoa 3").templates()).contains("member.remove.confirm");
    }

    @Test
    void bchThemNeedsAReplyOrANumberAndAMember() {
        Speaker stranger = bot.user("Người Lạ");

        assertThat(bot.inGroup("-100", secretary).says("/bch_them").templates()).containsExactly("command.bch_them.usage");
        assertThat(bot.inGroup("-100", secretary).replyingTo(stranger).says("/bch_them").templates())
                .containsExactly("member.bch.not_member");
        assertThat(bot.inGroup("-100", dung).replyingTo(giang).says("/bch_them").templates())
                .containsExactly("pipeline.refused.secretary");
        assertThat(bot.members().roster(branchId())).extracting(RosterEntry::role)
                .containsExactly(Role.SECRETARY, Role.MEMBER, Role.MEMBER);
    }
}
