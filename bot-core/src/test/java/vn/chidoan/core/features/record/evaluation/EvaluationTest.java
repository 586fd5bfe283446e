package vn.chidoan.core.features.record.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.features.record.HistoryEntry;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/**
 * The yearly classification: the BCH opens it with a deadline, members assess themselves and propose a
 * grade beside the year's real figures (two meetings held in March and checked in by button, the March
 * fee book with one member's payment, one sign-up), the BCH
 * proposes, the secretary decides, the result goes up as .xlsx; reminders go only to those who have not
 * filled it in.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class EvaluationTest {
    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void aBranchWithTwoMeetingsHeld() {
        s = new RecordScenario(db);
        // 2 March, 19:30: the secretary and Dung check in, Giang does not; 3 people on the roll
        meeting("02/03", "2026-03-02T12:25:00Z", s.secretary, s.dung);
        // 9 March, 19:30: Dung and Giang check in, the secretary does not
        meeting("09/03", "2026-03-09T12:25:00Z", s.dung, s.giang);
        s.bot.clock().set(Instant.parse("2026-03-10T02:00:00Z"));
        // the fee book opens for March; Dung (no. 2) paid it, the others did not
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/doanphi mo");
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/doanphi nop 2");
        // one sign-up, Dung registered
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/dangky_tao Hiến máu nhân đạo");
        s.bot.inGroup(RecordScenario.GROUP, s.dung).presses("dk:r:1");
    }

    private void meeting(String day, String checkInAt, Speaker... present) {
        s.bot.clock().set(Instant.parse(checkInAt).minusSeconds(3600 * 5));
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/hop " + day + " 19h30 Sinh hoạt chi đoàn");
        s.bot.clock().set(Instant.parse(checkInAt));
        Turn open = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/diemdanh");
        for (Speaker who : present) {
            s.bot.inGroup(RecordScenario.GROUP, who).presses(open.buttonData("mci:"));
        }
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/diemdanh_dong");
    }

    private Turn opens() {
        return s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/danhgia_mo 20/03");
    }

    private Turn assesses(Speaker who, String text, String grade) {
        assertThat(s.bot.inPrivate(who).says("/danhgia").templates()).contains("record.evaluation.ask_text");
        assertThat(s.bot.inPrivate(who).says(text).templates()).contains("record.evaluation.ask_grade");
        return s.bot.inPrivate(who).presses("dlg:" + grade);
    }

    private String ref(Speaker member) {
        return s.ref(member) + ":2026";
    }

    private Entry entryOf(Speaker member) {
        return s.bot.bean(Evaluations.class).store().entry(s.person(member), 2026).orElseThrow();
    }

    @Test
    void aMemberAssessesThemselvesAndSeesTheirYearsFiguresBesideTheirGrade() {
        assertThat(opens().templates()).containsExactly("record.evaluation.opened");

        Turn saved = assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "good");

        assertThat(saved.templates()).contains("record.evaluation.saved");
        // Dung checked in at both meetings, and both had her on the roll
        assertThat(saved.text()).contains("Hoàn thành tốt nhiệm vụ", "Dự họp 2/2 buổi (100%)",
                "đoàn phí đã nộp 2.000 đ/2.000 đ", "tham gia 1 hoạt động");
        Entry entry = entryOf(s.dung);
        assertThat(entry.self()).isEqualTo(Grade.GOOD);
        assertThat(entry.selfText()).isEqualTo("Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.");
    }

    @Test
    void theListShowsEachMembersAttendanceAsTheMeetingsRecordedIt() {
        opens();
        assesses(s.giang, "Còn vắng một buổi sinh hoạt, sẽ cố gắng hơn.", "done");

        Turn list = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/danhgia_ketqua");

        String text = list.messages().stream().filter(m -> m.chat().equals(s.secretary.ref().privateChat()))
                .map(RecordingOutbox.Sent::text).filter(t -> t.contains("Đánh giá, xếp loại năm 2026")).findFirst()
                .orElseThrow();
        assertThat(text).contains("1/3 đã tự đánh giá", "0/3 đã có quyết định");
        // secretary: present on 2/3 only; Dung: both; Giang: 9/3 only
        assertThat(text).containsSubsequence("Bí Thư Chi đoàn 12A1", "Dự họp 1/2 buổi (50%)",
                "đoàn phí đã nộp 0 đ/2.000 đ", "Phạm Thị Dung", "chưa điền", "Dự họp 2/2 buổi (100%)",
                "đoàn phí đã nộp 2.000 đ/2.000 đ · tham gia 1 hoạt động", "Vũ Văn Giang",
                "tự xếp Hoàn thành nhiệm vụ", "Dự họp 1/2 buổi (50%) · đoàn phí đã nộp 0 đ/2.000 đ · tham gia 0 hoạt động");
    }

    @Test
    void theBchProposesTheSecretaryDecidesAndTheMemberSeesItInTheirProfile() {
        opens();
        assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "excellent");

        Turn card = s.bot.inPrivate(s.secretary).presses("dgm:" + ref(s.dung));
        assertThat(card.text()).contains("Tham gia đủ sinh hoạt", "Hoàn thành xuất sắc nhiệm vụ", "Dự họp 2/2 buổi");
        s.bot.inPrivate(s.secretary).presses(card.buttonData("dgp:" + ref(s.dung) + ":2"));
        Turn decided = s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.dung) + ":2");

        assertThat(entryOf(s.dung).proposed()).isEqualTo(Grade.GOOD);
        assertThat(entryOf(s.dung).decided()).isEqualTo(Grade.GOOD);
        assertThat(decided.messages()).anyMatch(m -> m.chat().equals(s.dung.ref().privateChat())
                && m.text().contains("Hoàn thành tốt nhiệm vụ"));
        assertThat(s.records.history(s.person(s.dung), 5)).filteredOn(h -> h.operation() == Operation.CLASSIFIED)
                .extracting(HistoryEntry::detail).containsExactly("good");
        assertThat(s.bot.inPrivate(s.dung).says("/toi").text())
                .containsOnlyOnce("Hoàn thành tốt nhiệm vụ").contains("Xếp loại: Hoàn thành tốt nhiệm vụ");
        assertThat(s.bot.inPrivate(s.dung).says("/danhgia").templates()).contains("record.evaluation.final");
    }

    @Test
    void aMemberCannotDecideNorCanTheBchOfAnotherBranch() {
        opens();
        Scenarios.Branch other = Scenarios.linkedBranch(s.bot, s.officer, "Chi đoàn 12A2", "-200");

        Turn byMember = s.bot.inPrivate(s.giang).presses("dgd:" + ref(s.dung) + ":1");
        Turn byOtherSecretary = s.bot.inPrivate(other.secretary()).presses("dgd:" + ref(s.dung) + ":1");
        Turn proposedByMember = s.bot.inPrivate(s.giang).presses("dgp:" + ref(s.dung) + ":1");
        Turn ownGrade = s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.secretary) + ":1");

        assertThat(byMember.toast()).contains("bí thư");
        assertThat(byOtherSecretary.toast()).contains("bí thư");
        assertThat(proposedByMember.toast()).contains("Ban chấp hành");
        assertThat(ownGrade.toast()).isNotBlank();
        assertThat(s.bot.bean(Evaluations.class).store().ofBranch(s.branchId(), 2026)).isEmpty();
        assertThat(s.bot.inPrivate(s.dung).says("/danhgia_ketqua").templates()).containsExactly("pipeline.refused.bch");
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotFilledItIn() {
        opens();
        assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "good");
        Reminder reminder = s.bot.bean(Reminders.class)
                .find(ReminderId.of(EvaluationReminders.KIND, s.branchId().value() + ":2026")).orElseThrow();
        Instant deadline = Instant.parse("2026-03-20T01:00:00Z"); // 08:00 in Vietnam
        int before = s.bot.outbox().messages().size();

        s.bot.bean(EvaluationReminder.class).fire(reminder, new Occurrence(deadline.minusSeconds(3 * 86400), deadline));
        s.bot.bean(EvaluationReminder.class).fire(reminder, new Occurrence(deadline.minusSeconds(3 * 86400), deadline));

        List<RecordingOutbox.Sent> sent = s.bot.outbox().messages().subList(before, s.bot.outbox().messages().size());
        assertThat(sent).extracting(RecordingOutbox.Sent::chat).containsExactlyInAnyOrder(
                s.secretary.ref().privateChat(), s.giang.ref().privateChat());
        assertThat(sent).allMatch(m -> m.text().contains("20/03/2026") && m.text().contains("/danhgia"));
    }

    @Test
    void theSecretarySendsTheDecidedResultUpAsAWorkbook() {
        opens();
        assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "good");
        Turn tooEarly = s.bot.inPrivate(s.secretary).presses("dgs:" + s.branchId().value() + ":2026");
        assertThat(tooEarly.templates()).containsExactly("record.evaluation.undecided");
        s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.dung) + ":2");
        s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.giang) + ":3");
        s.bot.inPrivate(s.officer).presses("dgd:" + ref(s.secretary) + ":1");

        Turn sent = s.bot.inPrivate(s.secretary).presses("dgs:" + s.branchId().value() + ":2026");

        assertThat(sent.templates()).contains("record.evaluation.sent");
        Attachment file = sent.messages().stream().filter(m -> m.chat().equals(s.officer.ref().privateChat()))
                .map(m -> m.message().attachment()).filter(a -> a != null).findFirst().orElseThrow();
        assertThat(file.fileName()).isEqualTo("xep-loai-doan-vien-2026.xlsx");
        List<List<String>> rows = SheetRows.of(file.content());
        assertThat(rows.get(0)).containsExactly("STT", "Họ và tên", "Số buổi dự họp", "Số buổi họp", "Tỉ lệ dự họp (%)",
                "Đoàn phí đã nộp (đ)", "Đoàn phí phải nộp (đ)", "Số hoạt động tham gia", "Tự đánh giá", "Tự xếp loại",
                "BCH đề xuất", "Xếp loại");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).startsWith("2", "Phạm Thị Dung", "2", "2", "100", "2000", "2000", "1");
        assertThat(rows.get(2)).endsWith("Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "Hoàn thành tốt nhiệm vụ",
                "Hoàn thành tốt nhiệm vụ");
        assertThat(rows.get(3)).startsWith("3", "Vũ Văn Giang", "1", "2", "50", "0", "2000", "0")
                .endsWith("Hoàn thành nhiệm vụ");
        assertThat(rows.get(1)).endsWith("Hoàn thành xuất sắc nhiệm vụ");
    }

    @Test
    void erasureRemovesTheMembersEntryAndTheDecidersName() {
        opens();
        assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "good");
        s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.dung) + ":2");
        s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.giang) + ":3");

        s.bot.bean(EvaluationData.class).forget(new DataSubject(s.person(s.dung), List.of(s.dung.ref()), "Phạm Thị Dung"));
        s.bot.bean(EvaluationData.class).forget(new DataSubject(s.person(s.secretary), List.of(), null));

        assertThat(s.bot.bean(Evaluations.class).store().entry(s.person(s.dung), 2026)).isEmpty();
        assertThat(entryOf(s.giang).decided()).isEqualTo(Grade.DONE);
        assertThat(s.bot.mongo().getCollection(EvaluationStore.ENTRIES).find().into(new java.util.ArrayList<>()))
                .allSatisfy(doc -> assertThat(doc.toJson()).doesNotContain(s.person(s.secretary).value(),
                        s.person(s.dung).value()));
        assertThat(s.bot.mongo().getCollection(EvaluationStore.OPENINGS).find().into(new java.util.ArrayList<>()))
                .allSatisfy(doc -> assertThat(doc.toJson()).doesNotContain(s.person(s.secretary).value()));
    }

    @Test
    void mergingTwoAccountsKeepsTheSurvivorsEntryAndMovesTheOthersDecisions() {
        opens();
        assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "good");
        assesses(s.giang, "Còn vắng một buổi sinh hoạt, sẽ cố gắng hơn.", "done");
        s.bot.inPrivate(s.secretary).presses("dgd:" + ref(s.giang) + ":3");

        s.bot.bean(EvaluationData.class).move(s.person(s.dung), s.person(s.giang));
        s.bot.bean(EvaluationData.class).move(s.person(s.secretary), s.person(s.dung));

        assertThat(s.bot.bean(Evaluations.class).store().entry(s.person(s.dung), 2026)).isEmpty();
        assertThat(entryOf(s.giang).self()).as("the surviving entry stays").isEqualTo(Grade.DONE);
        assertThat(s.bot.mongo().getCollection(EvaluationStore.ENTRIES).find().first().getString("decidedBy"))
                .isEqualTo(s.person(s.dung).value());
    }
}
