package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Turn;

/** Changing an answer: from the summary before sending, and of a sent registration without losing its place. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class ChangingAnswersTest {
    @Parameter
    Database db;

    FormScenario s;
    Form form;
    DonationForm donation;

    @BeforeEach
    void aFormWithFiveFields() {
        donation = new DonationForm(db);
        s = donation.s;
        form = donation.form;
    }

    @Test
    void fromTheSummaryOneAnswerIsChangedAndTheSummaryComesBack() {
        donation.fillAll(s.lan);

        Turn pick = donation.lan().presses("dlg:edit");
        assertThat(pick.buttons()).extracting(b -> b.label()).contains("2. Nhóm máu");
        Turn edit = donation.lan().presses("dlg:p1");
        assertThat(edit.text()).contains("Câu 2/5: Nhóm máu", "Đang trả lời: A");
        Turn summary = donation.lan().presses("dlg:c2");

        assertThat(summary.text()).contains("Xem lại đăng ký", "2. Nhóm máu: AB", "3. Cân nặng (kg): 55");
    }

    @Test
    void aSentRegistrationIsShownAgainAndItsAnswersChangedWithoutLosingThePlace() {
        donation.fillAll(s.lan);
        donation.lan().presses("dlg:send");
        donation.fillAll(s.minh);
        s.bot.inPrivate(s.minh).presses("dlg:send");

        Turn again = s.presses(s.lan, form.number());
        assertThat(again.text()).contains("Đăng ký của bạn", "chỗ 1/2", "1. Số điện thoại: 0912 345 678");
        assertThat(again.buttons()).extracting(b -> b.data()).containsExactly("dk:e:" + form.number(),
                "dk:w:" + form.number());

        donation.lan().presses("dk:e:" + form.number());
        donation.lan().presses("dlg:edit");
        donation.lan().presses("dlg:p2");
        donation.lan().says("58");
        Turn saved = donation.lan().presses("dlg:send");

        assertThat(saved.text()).contains("Đã lưu câu trả lời mới", "Chỗ của bạn không đổi");
        assertThat(donation.registration(s.lan).answer(2)).isEqualTo("58");
        assertThat(s.form(form.number()).places()).containsExactly(s.person(s.lan), s.person(s.minh));
    }
}
