package vn.chidoan.core.features.record.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.HistoryEntry;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * Transfer without paperwork: Chi đoàn 12A1's secretary sends Phạm Thị Dung to Chi đoàn Đông Hòa (same
 * province), whose secretary accepts; the record and its history go with her.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class TransferTest {
    @Parameter
    Database db;

    RecordScenario s;
    Scenarios.Branch dongHoa;

    @BeforeEach
    void twoBranches() {
        s = new RecordScenario(db);
        dongHoa = Scenarios.linkedBranch(s.bot, s.officer, "Chi đoàn Đông Hòa", "-200");
    }

    private UnitId dongHoaId() {
        return s.bot.org().branchOfChat(dongHoa.group()).orElseThrow();
    }

    /** The sending secretary asks for Dung's transfer to Đông Hòa; returns the request Đông Hòa's secretary got. */
    private RecordingOutbox.Sent requested() {
        s.starts(s.secretary, s.dung, "move");
        Turn found = s.bot.inPrivate(s.secretary).says("dong hoa");
        assertThat(found.buttons()).extracting(Button::label).containsExactly("Chi đoàn Đông Hòa · Tỉnh đoàn Hà Nam",
                "Hủy");
        Turn confirm = s.bot.inPrivate(s.secretary).presses(found.buttonData("dlg:b:"));
        Turn sent = s.bot.inPrivate(s.secretary).presses(confirm.buttonData("dlg:ok"));
        assertThat(sent.templates()).contains("record.transfer.sent");
        return sent.messages().stream().filter(m -> m.chat().equals(dongHoa.secretary().ref().privateChat()))
                .findFirst().orElseThrow(() -> new AssertionError("no request to Đông Hòa's secretary: " + sent));
    }

    private static String button(RecordingOutbox.Sent sent, String suffix) {
        return sent.buttons().stream().map(Button::data).filter(d -> d.endsWith(suffix)).findFirst().orElseThrow();
    }

    private Turn receivingSecretaryPresses(String data) {
        return s.bot.inPrivate(dongHoa.secretary()).presses(data);
    }

    @Test
    void anAcceptedTransferMovesTheMemberWithTheirRecordAndHistory() {
        s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/2008");
        RecordingOutbox.Sent request = requested();
        assertThat(request.text()).contains("Phạm Thị Dung", "Chi đoàn 12A1", "Chi đoàn Đông Hòa");
        assertThat(s.bot.members().roster(s.branchId())).extracting(RosterEntry::name).contains("Phạm Thị Dung");

        Turn accepted = receivingSecretaryPresses(button(request, ":y"));

        assertThat(accepted.templates()).contains("record.transfer.accepted_here", "record.transfer.accepted",
                "record.transfer.moved");
        assertThat(accepted.messages()).extracting(RecordingOutbox.Sent::chat).contains(
                s.secretary.ref().privateChat(), s.dung.ref().privateChat());
        assertThat(s.bot.members().roster(s.branchId())).extracting(RosterEntry::name).doesNotContain("Phạm Thị Dung");
        assertThat(s.bot.members().roster(dongHoaId())).extracting(RosterEntry::name).contains("Phạm Thị Dung");
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().branch()).isEqualTo(dongHoaId());
        assertThat(s.records.history(s.person(s.dung), 10)).extracting(HistoryEntry::operation)
                .contains(Operation.TRANSFERRED_OUT, Operation.TRANSFERRED_IN, Operation.UPDATED)
                .doesNotContain(Operation.REMOVED);
        assertThat(s.bot.inPrivate(s.dung).says("/hoso").text()).contains("Ngày sinh: 15/03/2008",
                "Chuyển đến từ Chi đoàn 12A1");
    }

    @Test
    void theSameAcceptancePressedAgainDoesNothingTwice() {
        RecordingOutbox.Sent request = requested();
        Turn accepted = receivingSecretaryPresses(button(request, ":y"));

        s.bot.replay(accepted);
        Turn again = receivingSecretaryPresses(button(request, ":y"));

        assertThat(again.templates()).doesNotContain("record.transfer.moved");
        assertThat(s.records.history(s.person(s.dung), 10)).filteredOn(e -> e.operation() == Operation.TRANSFERRED_IN)
                .hasSize(1);
        assertThat(s.bot.members().roster(dongHoaId())).filteredOn(e -> "Phạm Thị Dung".equals(e.name())).hasSize(1);
    }

    @Test
    void aSecretaryOfAnotherBranchCannotAcceptNorCanTheSendingOne() {
        RecordingOutbox.Sent request = requested();
        Scenarios.Branch other = Scenarios.linkedBranch(s.bot, s.officer, "Chi đoàn Hòa Bình", "-300");

        Turn stranger = s.bot.inPrivate(other.secretary()).presses(button(request, ":y"));
        Turn sender = s.bot.inPrivate(s.secretary).presses(button(request, ":y"));

        assertThat(stranger.toast()).isEqualTo("Chỉ bí thư của chi đoàn nhận mới quyết định được.");
        assertThat(sender.toast()).isEqualTo("Chỉ bí thư của chi đoàn nhận mới quyết định được.");
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().branch()).isEqualTo(s.branchId());
        assertThat(s.bot.members().roster(s.branchId())).extracting(RosterEntry::name).contains("Phạm Thị Dung");
    }

    @Test
    void aRefusalLeavesTheMemberWhereTheyWereAndTellsTheSender() {
        RecordingOutbox.Sent request = requested();

        Turn refused = receivingSecretaryPresses(button(request, ":n"));

        assertThat(refused.templates()).contains("record.transfer.refused_here", "record.transfer.refused");
        assertThat(s.bot.members().roster(s.branchId())).extracting(RosterEntry::name).contains("Phạm Thị Dung");
        assertThat(receivingSecretaryPresses(button(request, ":y")).templates())
                .containsExactly("record.transfer.already");
    }

    @Test
    void aPendingTransferIsShownOnTheCardAndCanBeWithdrawn() {
        RecordingOutbox.Sent request = requested();

        Turn pending = s.starts(s.secretary, s.dung, "move");
        assertThat(pending.templates()).contains("record.transfer.pending");
        Turn withdrawn = s.bot.inPrivate(s.secretary).presses(pending.buttonData("hct:"));

        assertThat(withdrawn.templates()).contains("record.transfer.cancelled");
        assertThat(receivingSecretaryPresses(button(request, ":y")).templates())
                .containsExactly("record.transfer.already");
        assertThat(s.bot.inPrivate(dongHoa.secretary()).says("/chuyensh").templates())
                .containsExactly("record.transfer.none_waiting");
    }

    @Test
    void theReceivingSecretarySeesWaitingRequestsWithChuyensh() {
        requested();

        Turn waiting = s.bot.inPrivate(dongHoa.secretary()).says("/chuyensh");

        assertThat(waiting.templates()).contains("record.transfer.request");
        assertThat(waiting.text()).contains("Phạm Thị Dung");
    }

    @Test
    void onlyTheSecretaryTransfersAndNeverToTheirOwnBranch() {
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/bch_them 2");
        Speaker bch = s.dung;
        assertThat(s.cardOf(bch, s.giang).buttons()).extracting(Button::data).noneMatch(d -> d.startsWith("hso:move:"));
        assertThat(s.bot.inPrivate(bch).presses("hso:move:" + s.ref(s.giang)).toast()).isNotBlank();

        s.starts(s.secretary, s.giang, "move");
        assertThat(s.bot.inPrivate(s.secretary).says("12A1").templates()).containsExactly("record.transfer.none_found");
        assertThat(s.bot.inPrivate(s.secretary).says("Hòa").text()).contains("1 chi đoàn khớp");
    }
}
