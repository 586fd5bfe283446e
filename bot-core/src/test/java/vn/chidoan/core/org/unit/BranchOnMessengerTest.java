package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A Facebook Page cannot be in a group chat: on Messenger a branch is its members who talk to the Page
 * one to one. The branch's link code makes its secretary there, who hands out the m.me join link.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class BranchOnMessengerTest {
    @Parameter
    Database db;

    TestBot bot;
    String linkCode;

    @BeforeEach
    void branchCreated() {
        bot = TestBot.on(db);
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        linkCode = (String) bot.inPrivate(officer).says("/chidoan_them Chi đoàn Thôn Đông").value("org.branch.created",
                "code");
    }

    @Test
    void theLinkCodeOnMessengerMakesTheSecretaryWhoGetsTheJoinLink() {
        Speaker secretary = bot.messengerUser();

        Turn done = Scenarios.consents(bot, secretary, bot.inPrivate(secretary).says("/start " + linkCode));

        assertThat(done.templates()).contains("org.link.private_done").doesNotContain("org.link.in_group");
        String joinCode = (String) done.value("org.link.private_done", "code");
        assertThat(done.text()).contains(FakeDeepLinks.MESSENGER_PREFIX + joinCode, "/start " + joinCode);
        assertThat(bot.members().membershipsOf(bot.members().personOf(secretary.ref()).orElseThrow().id()))
                .extracting(Membership::role).containsExactly(Role.SECRETARY);
    }

    @Test
    void membersJoinByTheLinkAndTheSecretarySeesThemInTheRoster() {
        Speaker secretary = bot.messengerUser();
        Turn done = Scenarios.consents(bot, secretary, bot.inPrivate(secretary).says("/start " + linkCode));
        bot.inPrivate(secretary).says("Lê Văn Cường");
        String joinLink = FakeDeepLinks.MESSENGER_PREFIX + done.value("org.link.private_done", "code");
        Speaker member = bot.messengerUser();

        Turn joined = Scenarios.consents(bot, member, bot.inPrivate(member).opens(joinLink));
        bot.inPrivate(member).says("Phạm Thị Dung");

        assertThat(joined.templates()).contains("org.join.done", "member.name.ask");
        assertThat(bot.inPrivate(secretary).says("/thanhvien").text()).contains("Lê Văn Cường", "Phạm Thị Dung");
    }

    @Test
    void onTelegramTheSameCodeStillSaysToUseItInTheGroup() {
        Speaker secretary = bot.user("Bí Thư");

        Turn told = Scenarios.consents(bot, secretary, bot.inPrivate(secretary).says("/start " + linkCode));

        assertThat(told.templates()).contains("org.link.in_group").doesNotContain("org.link.private_done");
        assertThat(bot.members().membershipsOf(bot.members().personOf(secretary.ref()).orElseThrow().id())).isEmpty();
    }

    @Test
    void aCodeAnotherSecretaryTookIsRefused() {
        Speaker first = bot.messengerUser();
        Scenarios.consents(bot, first, bot.inPrivate(first).says("/start " + linkCode));
        Speaker second = bot.messengerUser();

        Turn refused = bot.inPrivate(second).says("/start " + linkCode);

        assertThat(refused.templates()).containsExactly("org.code.used");
    }
}
