package vn.chidoan.core.features.record.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.features.record.HistoryEntry;
import vn.chidoan.core.features.record.Mark;
import vn.chidoan.core.features.record.MemberRecord;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.MemberStatuses;
import vn.chidoan.core.org.member.status.StatusEvents;
import vn.chidoan.core.org.member.status.StatusSpell;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Turn;

/** The card's operations on where a member stands: statuses with dates, removal with a reason, honours, rewards, discipline. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class ChangeOperationsTest {
    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void branch() {
        s = new RecordScenario(db);
    }

    private MemberRecord recordOf(Speaker who) {
        return s.records.find(s.person(who)).orElseThrow();
    }

    private Turn secretaryTypes(String text) {
        return s.bot.inPrivate(s.secretary).says(text);
    }

    @Test
    void workingAwayIsRecordedWithItsDatesAndPlaceAndTheRosterAndOtherFeaturesSeeIt() {
        s.bot.inPrivate(s.secretary).presses(s.starts(s.secretary, s.dung, "status").buttonData("dlg:working_away"));

        Turn saved = secretaryTypes("từ 01/03/2026 đến 31/12/2026 tại Bình Dương");

        assertThat(saved.text()).contains("Phạm Thị Dung đi làm ăn xa từ 01/03/2026 đến 31/12/2026 tại Bình Dương");
        StatusSpell spell = new StatusSpell(MemberStatus.WORKING_AWAY, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31));
        assertThat(recordOf(s.dung).status()).isEqualTo(spell);
        assertThat(recordOf(s.dung).statusNote()).isEqualTo("Bình Dương");
        assertThat(s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien").text())
                .contains("2. Phạm Thị Dung [đi làm ăn xa]");
        assertThat(s.bot.bean(MemberStatuses.class).away(s.branchId(), LocalDate.of(2026, 3, 2)))
                .containsEntry(s.person(s.dung), spell);
        assertThat(s.bot.bean(MemberStatuses.class).away(s.branchId(), LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(s.bot.events().published()).contains(new StatusEvents.StatusChanged(s.person(s.dung), s.branchId(),
                MemberStatus.WORKING_AWAY, spell.from(), spell.until()));
    }

    @Test
    void datesThatCannotBeReadOrEndBeforeTheyStartAreRefusedAndNothingChanges() {
        s.bot.inPrivate(s.secretary).presses(s.starts(s.secretary, s.dung, "status").buttonData("dlg:temporary"));

        assertThat(secretaryTypes("từ 32/13/2026").templates()).containsExactly("record.status.bad_dates");
        assertThat(secretaryTypes("từ 01/03/2026 đến 01/02/2026").templates())
                .containsExactly("record.status.ends_before");
        assertThat(secretaryTypes("từ 01/03/2026 tại " + "x".repeat(130)).templates())
                .containsExactly("record.status.place_too_long");
        assertThat(recordOf(s.dung).status().status()).isEqualTo(MemberStatus.ACTIVE);

        assertThat(secretaryTypes("01/03/2026").templates()).contains("record.status.saved");
        assertThat(recordOf(s.dung).status()).isEqualTo(new StatusSpell(MemberStatus.TEMPORARY,
                LocalDate.of(2026, 3, 1), null));
    }

    @Test
    void activeAgainNeedsNoDates() {
        s.bot.inPrivate(s.secretary).presses(s.starts(s.secretary, s.dung, "status").buttonData("dlg:working_away"));
        secretaryTypes("01/03/2026");

        Turn back = s.bot.inPrivate(s.secretary).presses(s.starts(s.secretary, s.dung, "status").buttonData("dlg:active"));

        assertThat(back.templates()).contains("record.status.saved");
        assertThat(recordOf(s.dung).statusOn(LocalDate.of(2026, 3, 2))).isEqualTo(MemberStatus.ACTIVE);
        assertThat(s.records.history(s.person(s.dung), 5)).extracting(HistoryEntry::detail)
                .contains("active", "working_away");
    }

    @Test
    void removalAsksAReasonAndAConfirmationThenKeepsTheRecordAndItsHistory() {
        s.starts(s.secretary, s.giang, "remove");
        Turn confirm = secretaryTypes("Bỏ sinh hoạt 6 tháng không lý do");
        assertThat(confirm.templates()).contains("record.removal.confirm");
        assertThat(s.bot.members().roster(s.branchId())).extracting(RosterEntry::name).contains("Vũ Văn Giang");

        Turn done = s.bot.inPrivate(s.secretary).presses(confirm.buttonData("dlg:ok"));

        assertThat(done.templates()).contains("record.removal.done");
        assertThat(s.bot.members().roster(s.branchId())).extracting(RosterEntry::name).doesNotContain("Vũ Văn Giang");
        assertThat(recordOf(s.giang).status().status()).isEqualTo(MemberStatus.REMOVED);
        assertThat(s.records.history(s.person(s.giang), 5)).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo(Operation.REMOVED);
            assertThat(entry.note()).isEqualTo("Bỏ sinh hoạt 6 tháng không lý do");
            assertThat(entry.by()).isEqualTo(s.person(s.secretary));
        });
    }

    @Test
    void aRemovalConfirmedAfterTheMemberLeftChangesNothing() {
        s.starts(s.secretary, s.giang, "remove");
        Turn confirm = secretaryTypes("Bỏ sinh hoạt 6 tháng không lý do");
        Turn asked = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_xoa 3");
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).presses(asked.buttonData("mdel:"));

        Turn late = s.bot.inPrivate(s.secretary).presses(confirm.buttonData("dlg:ok"));

        assertThat(late.templates()).containsExactly("record.op.no_longer");
        assertThat(s.records.history(s.person(s.giang), 5)).extracting(HistoryEntry::note).containsOnlyNulls();
    }

    @Test
    void aRewardIsWrittenWithItsDayAndShownInTheHistory() {
        s.starts(s.secretary, s.dung, "reward");

        Turn saved = secretaryTypes("20/11/2025 Giấy khen của Huyện đoàn");

        assertThat(saved.text()).contains("khen thưởng ngày 20/11/2025 — Giấy khen của Huyện đoàn");
        assertThat(s.cardOf(s.secretary, s.dung).text())
                .contains("20/11/2025 · Khen thưởng — Bí Thư Chi đoàn 12A1 (Giấy khen của Huyện đoàn)");
    }

    @Test
    void anHonourIsAMarkOnTheRecord() {
        Turn which = s.starts(s.secretary, s.dung, "honour");
        Turn asked = s.bot.inPrivate(s.secretary).presses(which.buttonData("dlg:outstanding"));
        assertThat(asked.text()).contains("Phạm Thị Dung");

        secretaryTypes("20/11/2025 QĐ 15/QĐ-ĐTN");

        assertThat(recordOf(s.dung).marks()).containsExactly(
                new Mark(Mark.Kind.OUTSTANDING, LocalDate.of(2025, 11, 20), "QĐ 15/QĐ-ĐTN"));
        assertThat(s.cardOf(s.secretary, s.dung).text()).contains("• Đoàn viên ưu tú từ 20/11/2025 (QĐ 15/QĐ-ĐTN)");
    }

    @Test
    void anEntryWithoutADayInThePastIsRefusedWithAnExample() {
        s.starts(s.secretary, s.dung, "penalty");

        assertThat(secretaryTypes("Khiển trách").text()).contains("«Khiển trách»", "20/11/2025");
        assertThat(secretaryTypes("20/11/2026 Khiển trách").templates()).containsExactly("record.entry.bad");
        assertThat(secretaryTypes("20/11/2025 ..").templates()).containsExactly("record.entry.bad");
        assertThat(s.records.history(s.person(s.dung), 5)).isEmpty();
    }

    @Test
    void aMemberCannotStartAnOperationEvenWithAForgedButton() {
        Turn forged = s.bot.inPrivate(s.dung).presses("hso:reward:" + s.ref(s.giang));

        assertThat(forged.toast()).isNotBlank();
        assertThat(forged.templates()).doesNotContain("record.entry.ask.reward");
    }
}
