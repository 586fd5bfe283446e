package vn.chidoan.core.features.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/** {@code /thanhvien} pages the roster with a button per member; a member's card goes to a private chat. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RosterAndCardTest {
    @Parameter
    Database db;

    RecordScenario s;

    @BeforeEach
    void branch() {
        s = new RecordScenario(db);
    }

    @Test
    void theRosterIsAPageOfTenWithAButtonPerMemberAndAButtonToTheNextPage() {
        for (int i = 1; i <= 9; i++) {
            s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_them Nguyễn Văn Số " + i);
        }

        Turn first = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien");

        assertThat(first.text()).contains("Danh sách đoàn viên (12 người) · trang 1/2",
                "1. Bí Thư Chi đoàn 12A1 — bí thư", "2. Phạm Thị Dung", "10. Nguyễn Văn Số 7 (chưa có tài khoản)")
                .doesNotContain("11. ");
        assertThat(first.buttons()).filteredOn(b -> b.data().startsWith("hsc:")).hasSize(10);
        assertThat(first.buttons()).extracting(Button::data).doesNotContain("hsr:" + s.branchId().value() + ":-1");

        Turn second = s.bot.inGroup(RecordScenario.GROUP, s.secretary).presses(first.buttonData("hsr:"));

        assertThat(second.text()).contains("trang 2/2", "11. Nguyễn Văn Số 8", "12. Nguyễn Văn Số 9")
                .doesNotContain("10. ");
        assertThat(second.messages().get(0).message().editOf()).as("Telegram edits the page in place").isNotNull();
        assertThat(second.buttonData("hsr:")).isEqualTo("hsr:" + s.branchId().value() + ":0");
    }

    @Test
    void aShortRosterIsOnePageWithoutPageButtons() {
        Turn roster = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien");

        assertThat(roster.templates()).contains("record.roster.page");
        assertThat(roster.text()).contains("Danh sách đoàn viên (3 người)").doesNotContain("trang");
        assertThat(roster.buttons()).extracting(Button::data).noneMatch(d -> d.startsWith("hsr:"));
    }

    @Test
    void pressingANameInTheGroupSendsTheCardToThePressersPrivateChat() {
        Turn card = s.cardOf(s.secretary, s.dung);

        assertThat(card.templates()).contains("record.card.text");
        assertThat(card.toast()).isEqualTo("Mình đã gửi vào chat riêng với bạn.");
        assertThat(card.messages()).singleElement().satisfies(sent -> {
            assertThat(sent.chat()).isEqualTo(s.secretary.ref().privateChat());
            assertThat(sent.text()).contains("Hồ sơ đoàn viên: Phạm Thị Dung", "Số 2 · Chi đoàn 12A1",
                    "Ngày sinh: chưa có", "Số điện thoại: chưa có", "Tình trạng: đang sinh hoạt");
        });
        assertThat(card.buttonData("hso:edit:")).isEqualTo("hso:edit:" + s.ref(s.dung));
    }

    @Test
    void theCardByNumberInThePrivateChatIsTheSame() {
        Turn card = s.bot.inPrivate(s.secretary).says("/thanhvien 3");

        assertThat(card.text()).contains("Hồ sơ đoàn viên: Vũ Văn Giang");
        assertThat(s.bot.inPrivate(s.secretary).says("/thanhvien 9").templates())
                .containsExactly("member.roster.no_such_number");
    }

    @Test
    void aCardAskedForInTheGroupGoesToThePrivateChatAndTheGroupIsToldWhere() {
        Turn card = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien 2");

        assertThat(card.messages()).extracting(RecordingOutbox.Sent::chat)
                .containsExactlyInAnyOrder(s.secretary.ref().privateChat(), s.bot.group(RecordScenario.GROUP));
        assertThat(card.templates()).contains("record.card.text", "record.private.sent");
        assertThat(card.messages()).filteredOn(m -> m.chat().equals(s.bot.group(RecordScenario.GROUP)))
                .singleElement().satisfies(m -> assertThat(m.text()).doesNotContain("Phạm Thị Dung"));
    }

    @Test
    void aMemberCannotSeeTheRosterNorOpenACard() {
        assertThat(s.bot.inGroup(RecordScenario.GROUP, s.dung).says("/thanhvien").templates())
                .containsExactly("pipeline.refused.bch");

        Turn pressed = s.cardOf(s.dung, s.giang);

        assertThat(pressed.templates()).doesNotContain("record.card.text");
        assertThat(pressed.toast()).isNotBlank();
        assertThat(pressed.messages()).isEmpty();
    }

    @Test
    void anOfficerAboveOpensACardAndAnOfficerOfAnotherUnitCannot() {
        assertThat(s.cardOf(s.officer, s.dung).templates()).contains("record.card.text");

        Speaker stranger = Scenarios.subUnitOfficer(s.bot, s.officer, "Huyện đoàn Bình Lục", "Cán Bộ Huyện");
        Turn refused = s.cardOf(stranger, s.dung);

        assertThat(refused.templates()).doesNotContain("record.card.text");
        assertThat(refused.messages()).isEmpty();
    }

    @Test
    void aPressAfterTheMemberLeftTheRosterSaysTheyAreGone() {
        Turn asked = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_xoa 3");
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).presses(asked.buttonData("mdel:"));

        assertThat(s.cardOf(s.secretary, s.giang).templates()).containsExactly("record.card.gone");
    }

    @Test
    void theCommitteeSeesNoCorrectButtonOnTheSecretarysCardAndAForgedPressIsRefused() {
        s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/bch_them 2");

        Turn card = s.cardOf(s.dung, s.secretary);
        assertThat(card.templates()).contains("record.card.text");
        assertThat(card.buttons()).extracting(Button::data).noneMatch(d -> d.startsWith("hso:"));

        Turn forged = s.bot.inPrivate(s.dung).presses("hso:edit:" + s.ref(s.secretary));
        assertThat(forged.templates()).containsExactly("record.op.not_allowed");
    }
}
