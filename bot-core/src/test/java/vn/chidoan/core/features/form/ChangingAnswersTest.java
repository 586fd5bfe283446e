package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.testing.Turn;

/** Changing an answer: from the summary before sending, and of a sent registration without losing its place. */
class ChangingAnswersTest extends DonationFormScenarioTest {
    @Test
    void fromTheSummaryOneAnswerIsChangedAndTheSummaryComesBack() {
        fillAll(s.lan);

        Turn pick = lan().presses("dlg:edit");
        assertThat(pick.buttons()).extracting(b -> b.label()).contains("2. Nhóm máu");
        Turn edit = lan().presses("dlg:p1");
        assertThat(edit.text()).contains("Câu 2/5: Nhóm máu", "Đang trả lời: A");
        Turn summary = lan().presses("dlg:c2");

        assertThat(summary.text()).contains("Xem lại đăng ký", "2. Nhóm máu: AB", "3. Cân nặng (kg): 55");
    }

    @Test
    void aSentRegistrationIsShownAgainAndItsAnswersChangedWithoutLosingThePlace() {
        fillAll(s.lan);
        lan().presses("dlg:send");
        fillAll(s.minh);
        s.bot.inPrivate(s.minh).presses("dlg:send");

        Turn again = s.presses(s.lan, form.number());
        assertThat(again.text()).contains("Đăng ký của bạn", "chỗ 1/2", "1. Số điện thoại: 0912 345 678");
        assertThat(again.buttons()).extracting(b -> b.data()).containsExactly("dk:e:" + form.number(),
                "dk:w:" + form.number());

        lan().presses("dk:e:" + form.number());
        lan().presses("dlg:edit");
        lan().presses("dlg:p2");
        lan().says("58");
        Turn saved = lan().presses("dlg:send");

        assertThat(saved.text()).contains("Đã lưu câu trả lời mới", "Chỗ của bạn không đổi");
        assertThat(registration(s.lan).answer(2)).isEqualTo("58");
        assertThat(s.form(form.number()).places()).containsExactly(s.person(s.lan), s.person(s.minh));
    }
}
