package vn.chidoan.core.features.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.org.member.status.FeeCategory;
import vn.chidoan.core.org.member.status.StatusEvents;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Turn;

/** The committee corrects a record a field at a time; a member corrects their own phone and gender. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class EditRecordTest {
    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void branch() {
        s = new RecordScenario(db);
    }

    private MemberRecord recordOf(vn.chidoan.core.kernel.chat.Speaker who) {
        return s.records.find(s.person(who)).orElseThrow();
    }

    @Test
    void theCommitteeCorrectsADateOfBirthAndTheCardSaysWhoDidIt() {
        Turn saved = s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/2008");

        assertThat(saved.templates()).contains("record.edit.saved");
        assertThat(saved.text()).contains("Ngày sinh của Phạm Thị Dung: 15/03/2008");
        assertThat(recordOf(s.dung).birthDate()).contains(LocalDate.of(2008, 3, 15));
        assertThat(s.cardOf(s.secretary, s.dung).text()).contains("Ngày sinh: 15/03/2008",
                "02/03/2026 · Sửa Ngày sinh — Bí Thư Chi đoàn 12A1");
    }

    @Test
    void aDateThatCannotBeReadIsRefusedWithAnExampleAndTheQuestionStays() {
        Turn refused = s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "30/02/2008");

        assertThat(refused.templates()).containsExactly("record.field.bad.birth_date");
        assertThat(refused.text()).contains("«30/02/2008»", "15/03/2008");
        assertThat(recordOf(s.dung).birthDate()).isEmpty();
        assertThat(s.bot.inPrivate(s.secretary).says("01/01/2030").templates())
                .as("a birthday to come is no date of birth").containsExactly("record.field.bad.birth_date");
        assertThat(s.bot.inPrivate(s.secretary).says("15/03").templates())
                .as("a date of birth needs its year").containsExactly("record.field.bad.birth_date");

        assertThat(s.bot.inPrivate(s.secretary).says("15.03.08").templates()).contains("record.edit.saved");
        assertThat(recordOf(s.dung).birthDate()).contains(LocalDate.of(2008, 3, 15));
    }

    @Test
    void aPhoneIsKeptInternationallyShownAsPeopleWriteItAndClearedWithXoa() {
        assertThat(s.corrects(s.secretary, s.dung, Field.PHONE, "0912345678").text()).contains("0912 345 678");
        assertThat(recordOf(s.dung).field(Field.PHONE)).contains("+84912345678");

        assertThat(s.corrects(s.secretary, s.dung, Field.PHONE, "12345").templates())
                .containsExactly("record.field.bad.phone");
        assertThat(s.bot.inPrivate(s.secretary).says("xóa").text()).contains("Số điện thoại của Phạm Thị Dung: để trống");
        assertThat(recordOf(s.dung).field(Field.PHONE)).isEmpty();
    }

    @Test
    void aNewFeeLevelIsPublishedForTheFeesToFollow() {
        s.corrects(s.secretary, s.dung, Field.FEE_CATEGORY, "không thu nhập");

        assertThat(recordOf(s.dung).field(Field.FEE_CATEGORY)).contains(FeeCategory.LOW);
        assertThat(s.bot.events().published()).contains(
                new StatusEvents.FeeCategoryChanged(s.person(s.dung), s.branchId(), FeeCategory.LOW));
        assertThat(s.bot.bean(RecordStatuses.class).feeCategories(s.branchId()))
                .containsEntry(s.person(s.dung), FeeCategory.LOW);
    }

    @Test
    void theRightIsCheckedAgainWhenTheValueIsSaved() {
        Turn card = s.cardOf(s.secretary, s.giang);
        Turn which = s.bot.inPrivate(s.secretary).presses(card.buttonData("hso:edit:"));
        s.bot.inPrivate(s.secretary).presses(which.buttonData("dlg:phone"));
        Turn asked = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_xoa 3");
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).presses(asked.buttonData("mdel:"));

        Turn late = s.bot.inPrivate(s.secretary).says("0912345678");

        assertThat(late.templates()).containsExactly("record.edit.no_longer");
        assertThat(recordOf(s.giang).field(Field.PHONE)).isEmpty();
    }

    @Test
    void aMemberSeesTheirOwnRecordAndCorrectsTheirPhoneButNotTheirDateOfBirth() {
        s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/2008");

        Turn own = s.bot.inPrivate(s.dung).says("/hoso");
        assertThat(own.templates()).contains("record.own.text");
        assertThat(own.text()).contains("Ngày sinh: 15/03/2008", "Sửa Ngày sinh — Bí Thư Chi đoàn 12A1");
        assertThat(own.buttons()).extracting(Button::data).containsExactlyInAnyOrder("hse:phone", "hse:gender");

        s.bot.inPrivate(s.dung).presses("hse:phone");
        assertThat(s.bot.inPrivate(s.dung).says("0987 654 321").templates()).contains("record.edit.saved");
        assertThat(recordOf(s.dung).field(Field.PHONE)).contains("+84987654321");
        assertThat(s.bot.inPrivate(s.dung).says("/hoso").text()).contains("Sửa Số điện thoại\n")
                .as("what a member did themselves names no decider").doesNotContain("Số điện thoại —");

        Turn forged = s.bot.inPrivate(s.dung).presses("hse:birth_date");
        assertThat(forged.toast()).isNotBlank();
        assertThat(forged.templates()).doesNotContain("record.edit.ask.birth_date");
    }

    @Test
    void theOwnRecordIsShownOnlyInThePrivateChatAndNamedInToi() {
        assertThat(s.bot.inGroup(RecordScenario.GROUP, s.dung).says("/hoso").templates())
                .containsExactly("pipeline.place.private");
        assertThat(s.bot.inPrivate(s.dung).says("/toi").text()).contains("Hồ sơ đoàn viên: đang sinh hoạt");
    }

    @Test
    void aMemberTakenOffTheRosterIsRecordedRemovedAndActiveAgainWhenLetBack() {
        Turn asked = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_xoa 3");
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).presses(asked.buttonData("mdel:"));

        assertThat(recordOf(s.giang).status().status()).isEqualTo(
                vn.chidoan.core.org.member.status.MemberStatus.REMOVED);
        assertThat(s.records.history(s.person(s.giang), 5)).extracting(HistoryEntry::operation)
                .containsExactly(Operation.REMOVED);

        s.bot.clock().advance(java.time.Duration.ofDays(1));
        s.bot.members().letRejoin(s.person(s.giang), s.branchId());
        Turn back = s.bot.inPrivate(s.giang).opens(s.branch.joinLink());

        assertThat(recordOf(s.giang).status().status()).as(back.toString()).isEqualTo(
                vn.chidoan.core.org.member.status.MemberStatus.ACTIVE);
        assertThat(s.records.history(s.person(s.giang), 5)).extracting(HistoryEntry::operation)
                .containsExactly(Operation.REJOINED, Operation.REMOVED);
    }
}
