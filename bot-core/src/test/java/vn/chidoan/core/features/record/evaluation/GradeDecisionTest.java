package vn.chidoan.core.features.record.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.features.record.HistoryEntry;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/**
 * The grade of the yearly classification: the BCH proposes, the secretary decides (and no one else of
 * another branch or below), the member sees it, and the decided result goes up as .xlsx.
 */
class GradeDecisionTest extends EvaluationScenarioTest {
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
}
