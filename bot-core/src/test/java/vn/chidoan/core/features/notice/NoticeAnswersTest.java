package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/**
 * What the branches do with a notice and what its sender learns: the committee's «Đã nhận» for the branch
 * and a member's «đã xem», the results and their Excel rows, reminders only to the branches that have not
 * acknowledged, the progress message, the cascade, erasure, and the figures for evaluation.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class NoticeAnswersTest {
    static final Instant DEADLINE = Instant.parse("2026-03-10T02:00:00Z"); // 09:00 10/03/2026 in Vietnam

    @Parameter
    Database db;

    NoticeScenario s;

    @BeforeEach
    void province() {
        s = new NoticeScenario(db);
    }

    /** The province sends a notice with a deadline of 09:00 10/03/2026. */
    void provinceSendsWithADeadline(String text) {
        s.bot.inPrivate(s.province).says("/thongbao " + text);
        s.bot.inPrivate(s.province).presses("dlg:deadline");
        s.bot.inPrivate(s.province).says("10/03 9h");
        s.bot.inPrivate(s.province).presses("dlg:send");
    }

    Turn press(String groupId, Speaker who, String data) {
        return s.bot.inGroup(groupId, who).presses(data);
    }

    List<RecordingOutbox.Sent> toPrivate(Speaker who, String keyPrefix) {
        return s.bot.outbox().messagesTo(who.ref().privateChat()).stream().filter(m -> m.key().startsWith(keyPrefix))
                .toList();
    }

    @Test
    void theCommitteeAcknowledgesForTheBranchOnceAndAMembersPressCountsAsSeen() {
        s.sends(s.province, "/thongbao Kế hoạch tháng Thanh niên.");

        Turn member = press(s.a1.groupId(), s.lan, "tb:a:1");
        Turn again = press(s.a1.groupId(), s.lan, "tb:a:1");
        Turn secretary = press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        Turn secretaryAgain = press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        Turn outsider = press(s.a1.groupId(), s.b1.secretary(), "tb:a:1");

        assertThat(member.toast()).isEqualTo("Đã ghi nhận bạn đã xem thông báo.");
        assertThat(again.toast()).isEqualTo("Bạn đã báo đã xem thông báo này rồi.");
        assertThat(secretary.toast()).isEqualTo("Đã xác nhận thay chi đoàn. Cảm ơn!");
        assertThat(secretaryAgain.toast()).isEqualTo("Chi đoàn đã xác nhận thông báo này rồi.");
        assertThat(outsider.toast()).as("B1's secretary is no member of A1").contains("chi đoàn khác");
        ReceiptStore.Receipt a1 = s.notices().receipts().find(1, s.branchOf(s.a1)).orElseThrow();
        assertThat(a1.acked()).isTrue();
        assertThat(a1.ackedBy()).isEqualTo(person(s.a1.secretary()).value());
        assertThat(a1.seen()).containsExactly(person(s.lan).value());
        assertThat(s.notices().receipts().find(1, s.branchOf(s.b1))).as("B1 acknowledged nothing").isEmpty();
    }

    @Test
    void theResultsCountPerSubUnitListTheBranchesThatHaveNotAndTheExcelFileHasARowPerBranch() {
        provinceSendsWithADeadline("Báo cáo sơ kết quý I.");
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        press(s.a1.groupId(), s.lan, "tb:a:1");
        press(s.a1.groupId(), s.minh, "tb:a:1");

        Turn results = s.bot.inPrivate(s.province).says("/thongbao_ketqua 1");
        Turn districtAsks = s.bot.inPrivate(s.kimBang).says("/thongbao_ketqua 1");

        assertThat(results.text()).contains("Kết quả thông báo #1: Báo cáo sơ kết quý I.",
                "Đã xác nhận «Đã nhận»: 1/3 chi đoàn · Chưa: 2", "Lượt đoàn viên báo đã xem: 2",
                "Huyện đoàn Kim Bảng: 1/2 đã xác nhận, 2 lượt xem", "Huyện đoàn Bình Lục: 0/1 đã xác nhận",
                "Chi đoàn A2 (Huyện đoàn Kim Bảng)", "Chi đoàn B1 (Huyện đoàn Bình Lục)")
                .doesNotContain("Chi đoàn A1 (");
        RecordingOutbox.Sent file = results.messages().stream().filter(m -> m.message().attachment() != null)
                .findFirst().orElseThrow();
        List<List<String>> rows = SheetRows.of(file.message().attachment().content());
        assertThat(rows.get(0)).containsExactly("Đơn vị", "Chi đoàn", "Đã xác nhận", "Người xác nhận",
                "Thời điểm xác nhận", "Đoàn viên đã xem");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.subList(0, 4)).containsExactly(
                List.of("Huyện đoàn Bình Lục", "Chi đoàn B1", "Chưa", ""),
                List.of("Huyện đoàn Kim Bảng", "Chi đoàn A1", "Đã nhận", "Bí Thư Chi đoàn A1"),
                List.of("Huyện đoàn Kim Bảng", "Chi đoàn A2", "Chưa", ""));
        assertThat(rows.get(2).get(5)).isEqualTo("2");
        assertThat(districtAsks.templates()).as("a district is below the province's notice")
                .contains("notice.results.not_yours");
    }

    @Test
    void remindersGoOnlyToTheCommitteesOfBranchesThatHaveNotAcknowledgedAndTheSenderGetsTheSummaryAtTheDeadline() {
        provinceSendsWithADeadline("Nộp danh sách đoàn viên ưu tú.");
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        Reminders reminders = s.bot.bean(Reminders.class);
        Reminder reminder = reminders.find(ReminderId.of(NoticeReminder.KIND, "1")).orElseThrow();
        Occurrence dayBefore = new Occurrence(DEADLINE.minus(Duration.ofDays(1)), DEADLINE);
        s.bot.clock().set(dayBefore.at());

        s.bot.bean(NoticeReminder.class).fire(reminder, dayBefore);
        s.bot.bean(NoticeReminder.class).fire(reminder, dayBefore);

        assertThat(toPrivate(s.a1.secretary(), "reminder:")).as("A1 acknowledged").isEmpty();
        assertThat(toPrivate(s.lan, "reminder:")).as("members are not reminded").isEmpty();
        for (var branch : List.of(s.a2, s.b1)) {
            assertThat(toPrivate(branch.secretary(), "reminder:")).as(branch.name()).singleElement().satisfies(m -> {
                assertThat(m.text()).contains("Nhắc xác nhận thông báo #1", branch.name() + " chưa xác nhận",
                        "09:00 10/03/2026");
                assertThat(m.buttons()).extracting(b -> b.data()).containsExactly("tb:a:1");
            });
        }

        Reminder summary = reminders.find(ReminderId.of(NoticeSummary.KIND, "1")).orElseThrow();
        s.bot.clock().set(DEADLINE);
        s.bot.bean(NoticeSummary.class).fire(summary, new Occurrence(DEADLINE, DEADLINE));
        assertThat(toPrivate(s.province, "reminder:")).extracting(RecordingOutbox.Sent::text)
                .anySatisfy(text -> assertThat(text).contains("Kết quả thông báo #1", "1/3 chi đoàn", "(đã hết hạn)"));
        assertThat(toPrivate(s.province, "reminder:")).as("the summary and its file")
                .filteredOn(m -> m.message().attachment() != null).hasSize(1);
    }

    @Test
    void theProgressMessageIsEditedInPlaceAndNamesTheBranchWhoseGroupRemovedTheBot() {
        s.bot.outbox().unreachable(s.b1.group());
        s.sends(s.province, "/thongbao Lịch tiếp dân.");
        NoticeProgress progress = s.bot.bean(NoticeProgress.class);

        assertThat(progress.tick()).isEqualTo(1);
        assertThat(progress.tick()).as("nothing changed, nothing edited").isZero();

        RecordingOutbox.Sent edit = toPrivate(s.province, "notice:1:progress:").stream().reduce((a, b) -> b).orElseThrow();
        assertThat(edit.message().editOf()).isEqualTo(RecordingOutbox.deliveredId("notice:1:progress"));
        assertThat(edit.text()).contains("Đã gửi xong: 2/3 tin", "1 không gửi được",
                "Chi đoàn B1: bot đã bị xóa khỏi nhóm");
        assertThat(s.notices().get(1).sentAt()).isNotNull();
    }

    @Test
    void aDistrictPassesTheNoticeOnWithItsNoteToItsOwnBranchesAndTheProvinceSeesWhoDid() {
        s.sends(s.province, "/thongbao Hướng dẫn đại hội chi đoàn.");
        RecordingOutbox.Sent copy = toPrivate(s.kimBang, "notice:1:officer:").get(0);
        assertThat(copy.text()).contains("Hướng dẫn đại hội chi đoàn.", "Chuyển tiếp");
        assertThat(toPrivate(s.province, "notice:1:officer:")).as("the sender gets no copy").isEmpty();

        Turn outsider = s.bot.inPrivate(s.a1.secretary()).presses("tb:f:1");
        s.bot.inPrivate(s.kimBang).presses(copy.buttons().get(0).data());
        s.bot.inPrivate(s.kimBang).says("Các chi đoàn nộp báo cáo cho Huyện đoàn trước 20/3.");
        s.bot.inPrivate(s.kimBang).presses("dlg:send");

        assertThat(outsider.toast()).contains("không chuyển tiếp được");
        Notice forwarded = s.notices().get(2);
        assertThat(forwarded.parent()).isEqualTo(1L);
        assertThat(forwarded.chain()).containsExactly("Tỉnh đoàn Hà Nam", "Huyện đoàn Kim Bảng");
        assertThat(s.notice(2, s.a1.group())).singleElement().satisfies(m -> assertThat(m.text())
                .contains("Chuyển tiếp thông báo của Tỉnh đoàn Hà Nam (Tỉnh đoàn Hà Nam → Huyện đoàn Kim Bảng)",
                        "Các chi đoàn nộp báo cáo cho Huyện đoàn trước 20/3.", "Hướng dẫn đại hội chi đoàn."));
        assertThat(s.notice(2, s.a2.group())).hasSize(1);
        assertThat(s.notice(2, s.b1.group())).as("Bình Lục's branch is not Kim Bảng's").isEmpty();
        assertThat(s.bot.inPrivate(s.province).says("/thongbao_ketqua 1").text())
                .contains("Đơn vị đã chuyển tiếp", "Huyện đoàn Kim Bảng: thông báo #2", "tới 2 chi đoàn");
    }

    @Test
    void anErasedSecretaryLeavesTheBranchAcknowledgedByNoOneAndAMergeMovesTheirPresses() {
        s.sends(s.province, "/thongbao Thông báo nghỉ lễ.");
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        press(s.a1.groupId(), s.lan, "tb:a:1");
        NoticeData data = s.bot.bean(NoticeData.class);

        data.forget(new DataSubject(person(s.a1.secretary()), List.of(s.a1.secretary().ref()), "Bí Thư Chi đoàn A1"));
        data.move(person(s.lan), person(s.minh));
        data.forget(new DataSubject(person(s.province), List.of(s.province.ref()), "Cán Bộ Tỉnh"));

        ReceiptStore.Receipt a1 = s.notices().receipts().find(1, s.branchOf(s.a1)).orElseThrow();
        assertThat(a1.acked()).isTrue();
        assertThat(a1.ackedBy()).isNull();
        assertThat(a1.seen()).containsExactly(person(s.minh).value());
        Notice notice = s.notices().get(1);
        assertThat(notice.sender()).isNull();
        assertThat(notice.senderAccount()).isNull();
        assertThat(s.notices().latestBy(person(s.province))).isEmpty();
    }

    @Test
    void theFiguresCountWhatEachBranchReceivedAndAcknowledgedAndWhatEachMemberDid() {
        provinceSendsWithADeadline("Thông báo 1.");
        s.sends(s.kimBang, "/thongbao Thông báo 2.");
        s.bot.clock().advance(Duration.ofDays(2));
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:2");
        press(s.a1.groupId(), s.lan, "tb:a:1");
        s.bot.clock().set(DEADLINE.plus(Duration.ofHours(1)));
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        NoticeFigures figures = s.bot.bean(NoticeFigures.class);
        DatePeriod march = DatePeriod.month(YearMonth.of(2026, 3));

        var branches = figures.branches(List.of(s.branchOf(s.a1), s.branchOf(s.b1)), march);
        var members = figures.members(s.branchOf(s.a1), march);

        assertThat(branches.get(s.branchOf(s.a1))).containsExactly(Figure.count(NoticeFigures.RECEIVED, 2),
                Figure.ratio(NoticeFigures.ACKNOWLEDGED, 2, 2), Figure.ratio(NoticeFigures.WITHIN_A_DAY, 0, 2),
                Figure.ratio(NoticeFigures.ON_TIME, 0, 1));
        assertThat(branches.get(s.branchOf(s.b1))).containsExactly(Figure.count(NoticeFigures.RECEIVED, 1),
                Figure.ratio(NoticeFigures.ACKNOWLEDGED, 0, 1), Figure.ratio(NoticeFigures.WITHIN_A_DAY, 0, 1),
                Figure.ratio(NoticeFigures.ON_TIME, 0, 1));
        assertThat(members.get(person(s.lan))).containsExactly(Figure.count(NoticeFigures.SEEN, 1),
                Figure.count(NoticeFigures.ACKNOWLEDGED, 0));
        assertThat(members.get(person(s.a1.secretary()))).containsExactly(Figure.count(NoticeFigures.SEEN, 0),
                Figure.count(NoticeFigures.ACKNOWLEDGED, 2));
        assertThat(figures.branches(List.of(s.branchOf(s.a1)), DatePeriod.month(YearMonth.of(2026, 4)))
                .get(s.branchOf(s.a1))).first().isEqualTo(Figure.count(NoticeFigures.RECEIVED, 0));
    }

    PersonId person(Speaker who) {
        return s.bot.members().personOf(who.ref()).orElseThrow().id();
    }
}
