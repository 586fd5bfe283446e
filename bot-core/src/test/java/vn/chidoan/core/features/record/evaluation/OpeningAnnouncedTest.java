package vn.chidoan.core.features.record.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * {@code /danhgia_mo} tells the branch wherever the secretary types it: typed in a private chat, the branch's
 * group gets the announcement, and so does each member on Messenger (no groups there) in their own chat, and
 * the secretary is told where it went; typed in the group, the reply is the announcement, once.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OpeningAnnouncedTest {
    static final String ANNOUNCEMENT = "đánh giá, xếp loại đoàn viên năm 2026";

    @Parameter
    Database db;

    TestBot bot;
    Scenarios.Branch branch;
    Speaker secretary;

    @BeforeEach
    void aBranchWithItsGroup() {
        bot = TestBot.on(db);
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        secretary = branch.secretary();
        Scenarios.joined(bot, branch, "Phạm Thị Dung");
    }

    List<RecordingOutbox.Sent> announcedInTheGroup() {
        return bot.outbox().messagesTo(branch.group()).stream().filter(m -> m.text().contains(ANNOUNCEMENT)).toList();
    }

    @Test
    void openedInPrivateItIsAnnouncedInTheBranchsGroupAndTheSecretaryIsToldSo() {
        Turn opened = bot.inPrivate(secretary).says("/danhgia_mo 20/03");

        assertThat(opened.templates()).contains("record.evaluation.opened_private");
        assertThat(opened.messages()).filteredOn(m -> m.chat().equals(secretary.ref().privateChat())).singleElement()
                .satisfies(reply -> assertThat(reply.text()).contains("Đã mở", "20/03",
                        "Bot đã đăng thông báo vào nhóm của chi đoàn", "/danhgia_ketqua"));
        assertThat(announcedInTheGroup()).singleElement().satisfies(post -> assertThat(post.text())
                .contains("hạn tự đánh giá", "20/03", "/danhgia"));

        assertThat(bot.replay(opened).messages()).as("a replay announces nothing again").isEmpty();
        assertThat(announcedInTheGroup()).hasSize(1);
    }

    @Test
    void openedInPrivateItGoesToEachMemberOnMessengerInTheirOwnChatAndTheSecretaryIsToldHowMany() {
        Speaker an = joinedOnMessenger("Nguyễn Văn An");
        Speaker binh = joinedOnMessenger("Trần Thị Bình");

        Turn opened = bot.inPrivate(secretary).says("/danhgia_mo 20/03");

        assertThat(opened.messages()).filteredOn(m -> m.chat().equals(secretary.ref().privateChat())).singleElement()
                .satisfies(reply -> assertThat(reply.text()).contains("Bot đã đăng thông báo vào nhóm của chi đoàn",
                        "nhắn riêng cho 2 đoàn viên trên Messenger"));
        for (Speaker member : List.of(an, binh)) {
            assertThat(announcedTo(member)).as("the announcement in %s's own chat", member.ref())
                    .singleElement().satisfies(post -> assertThat(post.text()).contains("hạn tự đánh giá", "20/03"));
        }
        assertThat(announcedInTheGroup()).hasSize(1);

        bot.replay(opened);
        assertThat(announcedTo(an)).as("a replay announces nothing again").hasSize(1);
        assertThat(announcedTo(binh)).hasSize(1);
    }

    /** A member with only a Messenger account, which has no groups: joined by the branch's link. */
    Speaker joinedOnMessenger(String name) {
        Speaker member = bot.messengerUser();
        Scenarios.consents(bot, member, bot.inPrivate(member).opens(branch.joinLink()));
        bot.inPrivate(member).says(name);
        return member;
    }

    List<RecordingOutbox.Sent> announcedTo(Speaker member) {
        return bot.outbox().messagesTo(member.ref().privateChat()).stream()
                .filter(m -> m.text().contains(ANNOUNCEMENT)).toList();
    }

    @Test
    void openedInTheGroupTheReplyIsTheAnnouncementAndNothingMore() {
        Turn opened = bot.inGroup(branch.groupId(), secretary).says("/danhgia_mo 20/03");

        assertThat(opened.templates()).containsExactly("record.evaluation.opened");
        assertThat(opened.messages()).allSatisfy(m -> assertThat(m.chat()).isEqualTo(branch.group()));
        assertThat(announcedInTheGroup()).hasSize(1);
    }
}
