package vn.chidoan.core.features.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A branch on Messenger, where the Page draws no polls: each member gets the poll privately with a button
 * per option; a poll of several answers is a ballot whose buttons carry the ticks; an anonymous ballot
 * counts once and never stores what the voter chose.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class PollsWithButtonsTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker secretary;
    Speaker dung;
    Speaker cuong;

    @BeforeEach
    void branchOnMessenger() {
        bot = TestBot.on(db);
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        String code = (String) bot.inPrivate(officer).says("/chidoan_them Chi đoàn Thôn Đông")
                .value("org.branch.created", "code");
        secretary = bot.messengerUser();
        Turn linked = Scenarios.consents(bot, secretary, bot.inPrivate(secretary).says("/start " + code));
        bot.inPrivate(secretary).says("Lê Văn Cường");
        String joinLink = FakeDeepLinks.MESSENGER_PREFIX + linked.value("org.link.private_done", "code");
        dung = member(joinLink, "Phạm Thị Dung");
        cuong = member(joinLink, "Đỗ Văn Cường");
    }

    private Speaker member(String joinLink, String name) {
        Speaker member = bot.messengerUser();
        Scenarios.consents(bot, member, bot.inPrivate(member).opens(joinLink));
        bot.inPrivate(member).says(name);
        return member;
    }

    private RecordingOutbox.Sent postTo(Speaker member) {
        return bot.outbox().messagesTo(member.ref().privateChat()).stream()
                .filter(m -> m.key().startsWith("poll:1:chat:")).findFirst().orElseThrow();
    }

    private Poll poll() {
        return bot.bean(Polls.class).find(1).orElseThrow();
    }

    @Test
    void eachMemberGetsThePollWithAButtonPerOptionAndMayChangeTheirVote() {
        bot.inPrivate(secretary).says("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật");

        RecordingOutbox.Sent post = postTo(dung);
        assertThat(post.message().poll()).isNull();
        assertThat(post.text()).contains("Bình chọn: Đi tình nguyện ngày nào?", "1. Thứ 7", "2. Chủ nhật");
        assertThat(post.buttons()).extracting(b -> b.data()).containsExactly("bc:v:1:0", "bc:v:1:1");
        Turn voted = bot.inPrivate(dung).presses("bc:v:1:0");
        Turn changed = bot.inPrivate(dung).presses("bc:v:1:1");
        bot.inPrivate(cuong).presses("bc:v:1:1");

        assertThat(voted.toast()).contains("Đã ghi nhận phiếu: Thứ 7");
        assertThat(changed.toast()).contains("Đã đổi phiếu thành: Chủ nhật");
        assertThat(bot.bean(Polls.class).tally(poll())).containsExactly(0L, 2L);
        assertThat(bot.inPrivate(secretary).says("/binhchon_ketqua 1").text()).contains("2. Chủ nhật: 2 (100%)");
    }

    @Test
    void anAnonymousBallotOfSeveralAnswersCountsOnceAndKeepsOnlyWhoVoted() {
        bot.inPrivate(secretary).says("/binhchon Món nào cho buổi dã ngoại? | Bánh mì | Xôi | Phở | nhiều lựa chọn | ẩn danh");

        Turn ballot = bot.inPrivate(dung).presses("bc:v:1:0");
        assertThat(ballot.text()).contains("Phiếu bình chọn", "đã chọn 1");
        Turn ticked = bot.inPrivate(dung).presses("bc:t:1:1:2");
        assertThat(ticked.buttons()).extracting(b -> b.label()).contains("✅ Bánh mì", "Xôi", "✅ Phở");
        Turn sent = bot.inPrivate(dung).presses("bc:s:1:5");
        Turn again = bot.inPrivate(dung).presses("bc:s:1:2");
        Turn nothing = bot.inPrivate(cuong).presses("bc:s:1:0");

        assertThat(sent.toast()).contains("Bánh mì, Phở");
        assertThat(again.toast()).contains("đã bỏ phiếu rồi");
        assertThat(nothing.toast()).contains("ít nhất một lựa chọn");
        assertThat(bot.bean(Polls.class).tally(poll())).containsExactly(1L, 0L, 1L);
        Document stored = bot.mongo().getCollection(PollStore.COLLECTION).find().first();
        PersonId voter = bot.members().personOf(dung.ref()).orElseThrow().id();
        assertThat(stored.getList("voters", String.class)).containsExactly(voter.value());
        assertThat(bot.mongo().getCollection(VoteStore.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void someoneOutsideTheBranchCannotVoteAndAClosedPollTakesNoVote() {
        bot.inPrivate(secretary).says("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật | hạn mai");
        Speaker stranger = bot.messengerUser();

        Turn refused = bot.inPrivate(stranger).presses("bc:v:1:0");
        bot.mongo().getCollection(PollStore.COLLECTION).updateOne(new Document("_id", 1L),
                new Document("$set", new Document("closed", true)));
        Turn late = bot.inPrivate(dung).presses("bc:v:1:0");

        assertThat(refused.text() + refused.toast()).contains("không dành cho chi đoàn của bạn");
        assertThat(late.toast()).contains("đã đóng");
        assertThat(bot.bean(Polls.class).tally(poll())).containsExactly(0L, 0L);
    }

    @Test
    void theFiguresCountThePollsAskedAndTheNamedAnswersPerBranchAndMember() {
        bot.inPrivate(secretary).says("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật");
        bot.inPrivate(secretary).says("/binhchon Chấm điểm? | Tốt | Chưa tốt | ẩn danh");
        bot.inPrivate(dung).presses("bc:v:1:0");
        bot.inPrivate(cuong).presses("bc:v:1:1");
        bot.inPrivate(dung).presses("bc:v:2:0");
        UnitId branch = poll().branches().get(0);
        PollFigures figures = bot.bean(PollFigures.class);

        assertThat(figures.branches(List.of(branch), DatePeriod.year(2026)).get(branch)).containsExactly(
                Figure.count(PollFigures.ASKED, 2), Figure.count(PollFigures.ANSWERED, 2));
        assertThat(figures.members(branch, DatePeriod.year(2026)))
                .containsEntry(bot.members().personOf(dung.ref()).orElseThrow().id(),
                        List.of(Figure.count(PollFigures.ANSWERED, 1)))
                .hasSize(2);
        assertThat(figures.branches(List.of(branch), DatePeriod.year(2025)).get(branch)).containsExactly(
                Figure.count(PollFigures.ASKED, 0), Figure.count(PollFigures.ANSWERED, 0));
    }

    @Test
    void erasingAVoterDeletesTheirAnswersAndMergingMovesThem() {
        bot.inPrivate(secretary).says("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật");
        bot.inPrivate(secretary).says("/binhchon Chấm điểm? | Tốt | Chưa tốt | ẩn danh");
        bot.inPrivate(dung).presses("bc:v:1:0");
        bot.inPrivate(dung).presses("bc:v:2:0");
        bot.inPrivate(cuong).presses("bc:v:1:1");
        PersonId dungId = bot.members().personOf(dung.ref()).orElseThrow().id();
        PersonId cuongId = bot.members().personOf(cuong.ref()).orElseThrow().id();
        PollData data = bot.bean(PollData.class);

        data.move(cuongId, dungId);
        assertThat(bot.bean(Polls.class).votes().find(1, dungId).orElseThrow().options()).containsExactly(0);
        assertThat(bot.bean(Polls.class).votes().ofPerson(cuongId)).isEmpty();
        data.forget(new DataSubject(dungId, List.of(dung.ref()), "Phạm Thị Dung"));

        assertThat(bot.bean(Polls.class).votes().ofPerson(dungId)).isEmpty();
        assertThat(bot.bean(Polls.class).find(2).orElseThrow().voters()).isEmpty();
        assertThat(bot.bean(Polls.class).tally(bot.bean(Polls.class).find(2).orElseThrow())).containsExactly(1L, 0L);
    }
}
