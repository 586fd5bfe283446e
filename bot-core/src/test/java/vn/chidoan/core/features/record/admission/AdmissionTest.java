package vn.chidoan.core.features.record.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.HistoryEntry;
import vn.chidoan.core.features.record.MemberRecord;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * Admission (kết nạp): Chi đoàn 12A1's committee proposes Nguyễn Văn An, the province's officer approves,
 * and An takes the new roster record with the code the committee is given.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class AdmissionTest {
    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void branch() {
        s = new RecordScenario(db);
    }

    /** The committee proposes An; returns the question the officer above got. */
    private RecordingOutbox.Sent proposed() {
        Turn proposal = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/ketnap Nguyễn Văn An 15/03/2009");
        assertThat(proposal.templates()).contains("record.admission.proposed");
        return proposal.messages().stream().filter(m -> m.chat().equals(s.officer.ref().privateChat())).findFirst()
                .orElseThrow(() -> new AssertionError("no question to the officer above: " + proposal));
    }

    private static String button(RecordingOutbox.Sent sent, String suffix) {
        return sent.buttons().stream().map(Button::data).filter(d -> d.endsWith(suffix)).findFirst().orElseThrow();
    }

    private boolean onRoster(String name) {
        return s.bot.members().roster(s.branchId()).stream().anyMatch(e -> name.equals(e.name()));
    }

    @Test
    void theUnitAboveApprovesAndTheNewMemberTakesTheirRecordWithTheCode() {
        RecordingOutbox.Sent question = proposed();
        assertThat(question.text()).contains("Nguyễn Văn An", "15/03/2009", "Chi đoàn 12A1");
        assertThat(onRoster("Nguyễn Văn An")).as("not before approval").isFalse();

        Turn approved = s.bot.inPrivate(s.officer).presses(button(question, ":y"));

        assertThat(approved.templates()).contains("record.admission.approved_here", "record.admission.approved");
        String code = (String) approved.value("record.admission.approved", "code");
        assertThat(approved.messages()).anySatisfy(m -> {
            assertThat(m.chat()).isEqualTo(s.secretary.ref().privateChat());
            assertThat(m.text()).contains(code);
        });
        RosterEntry an = s.bot.members().roster(s.branchId()).stream().filter(e -> "Nguyễn Văn An".equals(e.name()))
                .findFirst().orElseThrow();
        assertThat(an.hasAccount()).isFalse();
        MemberRecord record = s.records.find(an.person()).orElseThrow();
        assertThat(record.birthDate()).contains(LocalDate.of(2009, 3, 15));
        assertThat(record.field(Field.JOINED_UNION)).contains(LocalDate.of(2026, 3, 2));

        Speaker person = s.bot.user("An");
        Turn claimed = Scenarios.consents(s.bot, person, s.bot.inPrivate(person).says("/start " + code));

        assertThat(claimed.templates()).contains("record.claim.done");
        assertThat(claimed.text()).contains("Nguyễn Văn An", "Chi đoàn 12A1", "15/03/2009");
        assertThat(s.bot.inPrivate(person).says("/hoso").text()).contains("Ngày sinh: 15/03/2009", "Kết nạp vào Đoàn");
        assertThat(s.bot.members().roster(s.branchId())).filteredOn(e -> "Nguyễn Văn An".equals(e.name()))
                .singleElement().satisfies(e -> assertThat(e.hasAccount()).isTrue());
        assertThat(s.records.history(s.bot.members().personOf(person.ref()).orElseThrow().id(), 10))
                .extracting(HistoryEntry::operation).contains(Operation.ADMITTED, Operation.CLAIMED);
    }

    @Test
    void neitherTheBranchsSecretaryNorAMemberCanApprove() {
        RecordingOutbox.Sent question = proposed();

        Turn secretary = s.bot.inPrivate(s.secretary).presses(button(question, ":y"));
        Turn member = s.bot.inPrivate(s.dung).presses(button(question, ":y"));

        assertThat(secretary.toast()).isEqualTo("Chỉ cán bộ Đoàn cấp trên của chi đoàn mới duyệt được.");
        assertThat(member.toast()).isEqualTo("Chỉ cán bộ Đoàn cấp trên của chi đoàn mới duyệt được.");
        assertThat(onRoster("Nguyễn Văn An")).isFalse();
        assertThat(s.bot.inGroup(RecordScenario.GROUP, s.dung).says("/ketnap Trần Văn Bình 01/01/2009").templates())
                .containsExactly("pipeline.refused.bch");
    }

    @Test
    void aRefusalTellsTheBranchAndALaterApprovalPressDoesNothing() {
        RecordingOutbox.Sent question = proposed();

        Turn refused = s.bot.inPrivate(s.officer).presses(button(question, ":n"));

        assertThat(refused.templates()).contains("record.admission.refused_here", "record.admission.refused");
        assertThat(s.bot.inPrivate(s.officer).presses(button(question, ":y")).templates())
                .containsExactly("record.admission.already");
        assertThat(onRoster("Nguyễn Văn An")).isFalse();
    }

    @Test
    void theSameApprovalHandledAgainAddsNobodyTwice() {
        RecordingOutbox.Sent question = proposed();
        Turn approved = s.bot.inPrivate(s.officer).presses(button(question, ":y"));

        s.bot.replay(approved);

        assertThat(s.bot.members().roster(s.branchId())).filteredOn(e -> "Nguyễn Văn An".equals(e.name())).hasSize(1);
    }

    @Test
    void aProposalWithoutADateOfBirthOrOutsideTheAgeIsRefusedWithAnExample() {
        assertThat(s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/ketnap Nguyễn Văn An").templates())
                .containsExactly("record.admission.bad_birth");
        Turn young = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/ketnap Nguyễn Văn An 15/03/2015");
        assertThat(young.templates()).containsExactly("record.admission.age");
        assertThat(young.text()).contains("15/03/2015", "/ketnap Nguyễn Văn An 15/03/2009");
        assertThat(s.bot.inPrivate(s.officer).says("/ketnap").templates()).containsExactly("record.admission.none_pending");
    }

    @Test
    void theOfficerSeesWaitingProposalsWithKetnap() {
        proposed();

        Turn waiting = s.bot.inPrivate(s.officer).says("/ketnap");

        assertThat(waiting.templates()).contains("record.admission.pending", "record.admission.request");
    }

    @Test
    void someoneAddedByNameGetsACodeFromTheirCardAndACodeServesOnce() {
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_them Lê Văn Bình");
        RosterEntry binh = s.bot.members().roster(s.branchId()).get(3);
        Turn card = s.bot.inGroup(RecordScenario.GROUP, s.secretary)
                .presses("hsc:" + s.branchId().value() + ":" + binh.person().value());
        Turn code = s.bot.inPrivate(s.secretary).presses(card.buttonData("hso:code:"));
        String issued = (String) code.value("record.claim.code", "code");

        Speaker first = s.bot.user("Bình");
        Scenarios.consents(s.bot, first, s.bot.inPrivate(first).says("/start " + issued));
        Speaker second = s.bot.user("Kẻ Khác");
        Turn again = s.bot.inPrivate(second).says("/start " + issued);

        assertThat(s.bot.members().roster(s.branchId()).get(3).hasAccount()).isTrue();
        assertThat(again.templates()).doesNotContain("record.claim.done");
        assertThat(s.cardOf(s.secretary, s.dung).buttons()).extracting(Button::data)
                .as("a member with an account has no code to take").noneMatch(d -> d.startsWith("hso:code:"));
    }
}
