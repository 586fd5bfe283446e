package vn.chidoan.core.org.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** "Post to the branch" reaches its group chats and, on Messenger, each member one to one. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class BranchAudienceTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker officer;
    BranchAudience audience;

    @BeforeEach
    void organisation() {
        bot = TestBot.on(db);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        audience = new BranchAudience(bot.org(), bot.members(), bot.outbox());
    }

    private Speaker joinOnMessenger(String joinLink) {
        Speaker member = bot.messengerUser();
        Scenarios.consents(bot, member, bot.inPrivate(member).opens(joinLink));
        return member;
    }

    private String messengerJoinLink(Speaker secretary, String linkCode) {
        Turn done = Scenarios.consents(bot, secretary, bot.inPrivate(secretary).says("/start " + linkCode));
        return "https://m.me/" + TestBot.PAGE_USERNAME + "?ref=" + done.value("org.link.private_done", "code");
    }

    @Test
    void aBranchWithATelegramGroupReachesItsGroupAndTheMembersWhoAreOnlyOnMessenger() {
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        UnitId id = bot.org().branchOfChat(branch.group()).orElseThrow();
        Speaker onlyMessenger = joinOnMessenger(branch.joinLink());
        Speaker telegramMember = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        Speaker bothLinked = bot.messengerUser();
        String code = (String) bot.inPrivate(telegramMember).says("/toi").value("member.link.offer", "code");
        bot.inPrivate(bothLinked).says("/start " + code);

        assertThat(audience.chatsOf(id)).containsExactly(branch.group(), onlyMessenger.ref().privateChat());
    }

    @Test
    void aBranchOnMessengerOnlyReachesEveryMemberOneToOne() {
        String linkCode = (String) bot.inPrivate(officer).says("/chidoan_them Chi đoàn Thôn Đông")
                .value("org.branch.created", "code");
        Speaker secretary = bot.messengerUser();
        String joinLink = messengerJoinLink(secretary, linkCode);
        Speaker member = joinOnMessenger(joinLink);
        Speaker addedByName = secretary;
        bot.inPrivate(addedByName).says("/thanhvien_them Nguyễn Văn Không Tài Khoản");
        UnitId id = bot.members().membershipsOf(bot.members().personOf(secretary.ref()).orElseThrow().id()).get(0)
                .branch();

        assertThat(audience.chatsOf(id)).containsExactly(secretary.ref().privateChat(), member.ref().privateChat());
    }

    @Test
    void postingStoresOneMessagePerChatUnderTheCausesKeyAndAReplayStoresNone() {
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        UnitId id = bot.org().branchOfChat(branch.group()).orElseThrow();
        Speaker onMessenger = joinOnMessenger(branch.joinLink());
        OutgoingMessage notice = OutgoingMessage.text(RichText.plain("Họp chi đoàn 19:00 thứ Sáu"));

        assertThat(audience.post("notice:42", id, notice, Priority.BULK)).isEqualTo(2);
        assertThat(audience.post("notice:42", id, notice, Priority.BULK)).isZero();

        ChatRef privateChat = onMessenger.ref().privateChat();
        assertThat(bot.outbox().messages()).filteredOn(sent -> sent.key().startsWith("notice:42"))
                .extracting(RecordingOutbox.Sent::key)
                .containsExactly("notice:42:chat:" + branch.group().key(), "notice:42:chat:" + privateChat.key());
    }
}
