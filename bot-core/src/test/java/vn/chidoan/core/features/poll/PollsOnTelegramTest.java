package vn.chidoan.core.features.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatPoll;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.export.Charts;
import vn.chidoan.core.kernel.outbox.OutboxEvents;
import vn.chidoan.core.org.reminder.FireReminder;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** /binhchon in a Telegram group: a native poll, named answers from poll_answer, counts from poll, the deadline. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class PollsOnTelegramTest {
    static final String GROUP = "-100";

    @Parameter
    Database db;

    TestBot bot;
    Scenarios.Branch branch;
    Speaker lan;
    Speaker minh;

    @BeforeEach
    void branch() {
        bot = TestBot.on(db);
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", GROUP);
        lan = Scenarios.joined(bot, branch, "Nguyễn Thị Lan");
        minh = Scenarios.joined(bot, branch, "Trần Văn Minh");
    }

    private Turn secretarySays(String text) {
        return bot.inGroup(GROUP, branch.secretary()).says(text);
    }

    /** The outbox delivered the native poll of poll 1 as message 900, which Telegram calls {@code ref}. */
    private void delivered(String ref) {
        RecordingOutbox.Sent poll = bot.outbox().messages().stream().filter(m -> m.key().startsWith("poll:1:chat:"))
                .findFirst().orElseThrow();
        bot.publish(new OutboxEvents.PollDelivered(poll.key(), poll.chat(), "900", ref));
    }

    private Turn answers(Speaker who, String ref, Integer... options) {
        return bot.handle(new Inbound.PollAnswered(who.ref().privateChat(), who, ref, List.of(options)));
    }

    @Test
    void aPollIsSentToTheGroupAsANativePollAndTheSecretaryIsToldHowToSeeResults() {
        Turn asked = secretarySays("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật | nhiều lựa chọn");

        assertThat(asked.templates()).contains("poll.asked");
        assertThat(asked.text()).contains("bình chọn #1", "/binhchon_ketqua 1");
        RecordingOutbox.Sent post = bot.outbox().messages().stream().filter(m -> m.key().startsWith("poll:1:chat:"))
                .findFirst().orElseThrow();
        assertThat(post.chat()).isEqualTo(branch.group());
        assertThat(post.message().poll()).isEqualTo(
                new ChatPoll("Đi tình nguyện ngày nào?", List.of("Thứ 7", "Chủ nhật"), true, false, false));
    }

    @Test
    void badPollsAreRefusedWithAnExampleAndNothingIsSent() {
        Turn oneOption = secretarySays("/binhchon Đi đâu? | Hà Nội");
        Turn badDeadline = secretarySays("/binhchon Đi đâu? | Hà Nội | Hà Nam | hạn 32/13");
        Turn twice = secretarySays("/binhchon Đi đâu? | Hà Nội | hà nội");
        Turn member = bot.inGroup(GROUP, lan).says("/binhchon Đi đâu? | Hà Nội | Hà Nam");

        assertThat(oneOption.text()).contains("từ 2 đến 10 lựa chọn", "bạn gõ 1", "Ví dụ");
        assertThat(badDeadline.text()).contains("«hạn 32/13»", "hạn 20/12 17h");
        assertThat(twice.text()).contains("«hà nội»", "hai lần");
        assertThat(member.templates()).doesNotContain("poll.asked");
        assertThat(bot.outbox().keys()).noneMatch(key -> key.startsWith("poll:"));
    }

    @Test
    void namedAnswersFromTelegramAreCountedChangedAndTakenBack() {
        secretarySays("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật | nhiều lựa chọn");
        delivered("5001");

        answers(lan, "5001", 0, 1);
        answers(minh, "5001", 0);
        answers(minh, "5001", 1);
        answers(bot.user("Người Lạ"), "5001", 0);
        Polls polls = bot.bean(Polls.class);

        assertThat(polls.tally(polls.find(1).orElseThrow())).containsExactly(1L, 2L);
        answers(lan, "5001");
        assertThat(polls.tally(polls.find(1).orElseThrow())).containsExactly(0L, 1L);
    }

    @Test
    void theResultsGiveCountsAndABarChart() {
        secretarySays("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật");
        delivered("5001");
        answers(lan, "5001", 1);
        answers(minh, "5001", 1);

        Turn results = secretarySays("/binhchon_ketqua");

        assertThat(results.text()).contains("Kết quả bình chọn #1", "1. Thứ 7: 0 (0%)",
                "2. Chủ nhật: 2 (100%)", "Tổng 2 lượt chọn của 2 người");
        assertThat(results.messages()).filteredOn(m -> m.message().attachment() != null).singleElement()
                .satisfies(chart -> {
                    assertThat(chart.message().attachment().mimeType()).isEqualTo(Charts.MIME_TYPE);
                    assertThat(chart.message().attachment().content()).startsWith(0x89, 'P', 'N', 'G');
                    assertThat(chart.chat()).isEqualTo(branch.group());
                });
        assertThat(bot.inGroup(GROUP, lan).says("/binhchon_ketqua 1").text()).doesNotContain("Kết quả bình chọn");
    }

    @Test
    void anAnonymousPollKeepsOnlyTheCountsTelegramReports() {
        secretarySays("/binhchon Chấm điểm buổi sinh hoạt? | Tốt | Chưa tốt | ẩn danh");
        delivered("6001");

        bot.handle(new Inbound.PollCounted(Platform.TELEGRAM, "6001", List.of(3, 1), false));
        answers(lan, "6001", 0);

        assertThat(bot.inGroup(GROUP, branch.secretary()).says("/binhchon_ketqua 1").text())
                .contains("1. Tốt: 3 (75%)", "2. Chưa tốt: 1 (25%)", "Ẩn danh");
        assertThat(bot.mongo().getCollection(VoteStore.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void atTheDeadlineTheNativePollIsStoppedAndTheSecretaryGetsTheResultsOnce() {
        secretarySays("/binhchon Đi tình nguyện ngày nào? | Thứ 7 | Chủ nhật | hạn mai 17h");
        delivered("5001");
        answers(lan, "5001", 0);
        Reminder closing = bot.bean(Reminders.class).ofUnit(bot.bean(Polls.class).find(1).orElseThrow().origin())
                .stream().filter(r -> r.kind().equals(PollClosing.KIND)).findFirst().orElseThrow();
        Instant deadline = bot.bean(Polls.class).find(1).orElseThrow().deadline();
        bot.clock().advance(Duration.between(bot.clock().instant(), deadline).plusMinutes(1));

        bot.bean(FireReminder.class).fire(closing.id(), new Occurrence(deadline, deadline));
        bot.bean(FireReminder.class).fire(closing.id(), new Occurrence(deadline, deadline));
        answers(minh, "5001", 1);

        List<RecordingOutbox.Sent> stops = bot.outbox().messages().stream()
                .filter(m -> m.key().startsWith("poll:1:stop:")).toList();
        assertThat(stops).singleElement().satisfies(stop -> {
            assertThat(stop.message().editOf()).isEqualTo("900");
            assertThat(stop.message().poll().closed()).isTrue();
        });
        List<RecordingOutbox.Sent> summaries = bot.outbox().messagesTo(branch.secretary().ref().privateChat())
                .stream().filter(m -> m.text() != null && m.text().contains("Kết quả bình chọn #1")).toList();
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).text()).contains("Đã đóng");
        assertThat(bot.bean(Polls.class).tally(bot.bean(Polls.class).find(1).orElseThrow())).containsExactly(1L, 0L);
    }
}
