package vn.chidoan.core.features.record.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.HistoryEntry;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * {@code /thanhvien_nhap}, the confirmation: a checked file is written only when the branch's committee
 * confirms, whole and once, in place of the report; cancelling drops it; a roster changed since the check is
 * never written over.
 */
class RosterImportConfirmTest extends RosterImportScenarioTest {
    @Test
    void nothingIsWrittenUntilTheSecretaryConfirmsThenEveryRowIsAndOnlyOnce() {
        Turn checked = imports(workbook(List.of(
                row(null, "Trần Văn Hùng", "15/03/2008", "Nam", null, "HN123456"),
                row(null, "phạm thị dung", LocalDate.of(2008, 5, 1), "Nữ", null, null, 912345678L, "học sinh"),
                row(null, "Vũ Văn Giang"),
                row(null, "Lê Thị Mai", "01/09/2009", null, "26/03/2024"))));

        assertThat(checked.templates()).contains("record.import.report");
        assertThat(checked.text()).contains("Thêm 2 người", "Dòng 2: Trần Văn Hùng — Ngày sinh 15/03/2008, Giới tính Nam,"
                + " Số thẻ đoàn viên HN123456", "Sửa hồ sơ 1 người", "Dòng 3: Phạm Thị Dung (số 2) — Ngày sinh 01/05/2008,"
                + " Giới tính Nữ, Số điện thoại 0912 345 678", "Chưa có gì được ghi");
        assertThat(rosterNames()).hasSize(3);
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().birthDate()).isEmpty();

        Turn confirmed = s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:"));

        assertThat(confirmed.templates()).contains("record.import.applied");
        assertThat(confirmed.text()).contains("thêm 2 người, sửa hồ sơ 1 người");
        assertThat(rosterNames()).containsExactly("Bí Thư Chi đoàn 12A1", "Phạm Thị Dung", "Vũ Văn Giang",
                "Trần Văn Hùng", "Lê Thị Mai");
        assertThat(s.records.find(named("Trần Văn Hùng")).orElseThrow().fields()).containsEntry(Field.CARD_NUMBER,
                "HN123456").containsEntry(Field.BIRTH_DATE, LocalDate.of(2008, 3, 15));
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().fields())
                .containsEntry(Field.PHONE, "+84912345678").containsEntry(Field.BIRTH_DATE, LocalDate.of(2008, 5, 1));
        assertThat(s.records.history(named("Lê Thị Mai"), 10)).extracting(HistoryEntry::operation)
                .contains(Operation.IMPORTED);
        assertThat(s.records.history(s.person(s.dung), 10)).extracting(HistoryEntry::operation)
                .containsOnlyOnce(Operation.UPDATED);

        Turn again = s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:"));
        s.bot.replay(confirmed);

        assertThat(again.templates()).contains("record.import.already_applied");
        assertThat(rosterNames()).hasSize(5);
        assertThat(s.records.history(s.person(s.dung), 10)).extracting(HistoryEntry::operation)
                .containsOnlyOnce(Operation.UPDATED);
        assertThat(s.bot.mongo().getCollection(PlanStore.COLLECTION).find().first()).doesNotContainKey("rows");
    }

    @Test
    void confirmingReplacesTheReportSoItsButtonsAreGone() {
        Turn checked = imports(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))));

        Turn confirmed = s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:"));

        assertThat(confirmed.messages()).filteredOn(m -> m.text().contains("Đã nhập danh sách")).singleElement()
                .satisfies(applied -> {
                    assertThat(applied.message().editOf()).as("Telegram edits the report in place")
                            .isEqualTo(((Inbound.ButtonPressed) confirmed.event()).messageId());
                    assertThat(applied.message().buttons()).isEmpty();
                });
    }

    @Test
    void aRosterChangedSinceTheCheckIsNeverWrittenOver() {
        Turn checked = imports(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))));
        Scenarios.joined(s.bot, s.branch, "Trần Văn Hùng");

        Turn confirmed = s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:"));

        assertThat(confirmed.templates()).contains("record.import.stale");
        assertThat(rosterNames()).containsOnlyOnce("Trần Văn Hùng");
    }

    @Test
    void onlyTheBranchCommitteeImportsAndConfirms() {
        assertThat(s.bot.inPrivate(s.dung).sends(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))),
                "/thanhvien_nhap").templates()).contains("pipeline.refused.bch");
        Turn checked = imports(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))));

        Turn pressedByMember = s.bot.inPrivate(s.dung).presses(checked.buttonData("hsn:"));

        assertThat(pressedByMember.toast()).isEqualTo(s.bot.texts().plain("record.import.not_allowed", "vi"));
        assertThat(rosterNames()).hasSize(3);
        assertThat(s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_nhap").templates())
                .allMatch(key -> key.startsWith("pipeline.place."));
    }

    @Test
    void cancellingDropsThePlanAndItsRows() {
        Turn checked = imports(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))));
        String cancel = checked.buttons().stream().map(b -> b.data()).filter(d -> d.endsWith(":n")).findFirst()
                .orElseThrow();

        Turn cancelled = s.bot.inPrivate(s.secretary).presses(cancel);

        assertThat(cancelled.templates()).contains("record.import.cancelled");
        assertThat(cancelled.messages()).filteredOn(m -> m.text().contains("Đã hủy")).singleElement()
                .satisfies(said -> assertThat(said.message().editOf()).as("the report and its buttons are replaced")
                        .isEqualTo(((Inbound.ButtonPressed) cancelled.event()).messageId()));
        assertThat(s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:")).templates())
                .containsExactly("record.import.was_cancelled");
        assertThat(rosterNames()).hasSize(3);
        assertThat(s.bot.mongo().getCollection(PlanStore.COLLECTION).find().first()).doesNotContainKey("rows");
    }
}
