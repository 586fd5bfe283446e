package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.testing.Turn;

/** Filling in a form in private, field by field: errors with examples, going back, stopping and resuming, the summary. */
class FillingInTest extends DonationFormScenarioTest {
    @Test
    void theButtonOpensThePrivateChatAndEveryAnswerLeadsToTheSummaryThenAPlace() {
        Turn pressed = s.presses(s.lan, form.number());
        assertThat(pressed.toast()).contains("tin nhắn riêng");
        assertThat(pressed.messages()).allSatisfy(m -> assertThat(m.chat()).isEqualTo(s.lan.ref().privateChat()));
        assertThat(pressed.text()).contains("5 câu hỏi", "Câu 1/5: Số điện thoại", "0912 345 678");

        Turn blood = lan().says("0912 345 678");
        assertThat(blood.text()).contains("Câu 2/5: Nhóm máu");
        assertThat(blood.buttons()).extracting(b -> b.label()).containsSubsequence("A", "B", "AB", "O", "⬅ Quay lại");
        Turn weight = lan().presses(blood.buttonData("dlg:c3"));
        assertThat(weight.text()).contains("Câu 3/5: Cân nặng (kg)", "từ 45", "đến 120");
        Turn days = lan().says("52");
        assertThat(days.text()).contains("Câu 4/5", "không bắt buộc");
        lan().presses("dlg:c0");
        Turn toggled = lan().presses("dlg:c1");
        assertThat(toggled.buttons()).extracting(b -> b.label()).contains("✅ Thứ 7", "✅ Chủ nhật");
        Turn yesNo = lan().presses("dlg:done");
        assertThat(yesNo.text()).contains("Câu 5/5: Đã từng hiến máu?");
        Turn summary = lan().presses("dlg:y");

        assertThat(summary.text()).contains("Xem lại đăng ký", "1. Số điện thoại: 0912 345 678", "2. Nhóm máu: O",
                "3. Cân nặng (kg): 52", "4. Ngày có thể đi: Thứ 7, Chủ nhật", "5. Đã từng hiến máu?: Có");
        assertThat(registration(s.lan).status()).as("not sent before «Gửi»").isEqualTo(Registration.Status.DRAFT);
        Turn sent = lan().presses("dlg:send");

        assertThat(sent.text()).contains("Đã đăng ký", "1/2");
        Registration done = registration(s.lan);
        assertThat(done.status()).isEqualTo(Registration.Status.REGISTERED);
        assertThat(done.answers()).containsExactly("+84912345678", "3", "52", "0,1", FieldInput.YES);
        assertThat(s.form(form.number()).places()).containsExactly(s.person(s.lan));
    }

    @Test
    void aBadValueIsRefusedWithAnExampleAndTheQuestionStays() {
        s.presses(s.lan, form.number());

        Turn badPhone = lan().says("0912 345 67");
        Turn goodPhone = lan().says("+84912345678");
        lan().presses("dlg:c0");
        Turn badWeight = lan().says("200");
        Turn word = lan().says("năm mươi");

        assertThat(badPhone.text()).contains("«0912 345 67»", "không phải số điện thoại", "0912 345 678");
        assertThat(goodPhone.text()).contains("Câu 2/5");
        assertThat(badWeight.text()).contains("từ 45", "đến 120", "«200»", "Ví dụ");
        assertThat(word.text()).contains("«năm mươi»");
        assertThat(registration(s.lan).answers()).containsExactly("+84912345678", "0", null, null, null);
        assertThat(lan().says("60").text()).contains("Câu 4/5");
    }

    @Test
    void goingBackShowsThePreviousAnswerAndARequiredFieldCannotBeSkipped() {
        s.presses(s.lan, form.number());
        lan().says("0912345678");

        Turn back = lan().presses("dlg:back");

        assertThat(back.text()).contains("Câu 1/5: Số điện thoại", "Đang trả lời: 0912 345 678");
        assertThat(back.buttons()).extracting(b -> b.data()).doesNotContain("dlg:skip");
        assertThat(lan().says("0383 456 789").text()).contains("Câu 2/5");
        assertThat(registration(s.lan).answer(0)).isEqualTo("+84383456789");
    }

    @Test
    void aMemberWhoStopsResumesWhereTheyLeftWhenTheyPressAgain() {
        s.presses(s.lan, form.number());
        lan().says("0912345678");
        lan().presses("dlg:c1");
        Turn stopped = lan().says("/huy");

        Turn resumed = s.presses(s.lan, form.number());

        assertThat(stopped.templates()).contains("conversation.cancelled");
        assertThat(resumed.text()).contains("Tiếp tục đăng ký «Hiến máu nhân đạo»", "2/5", "Câu 3/5: Cân nặng");
        assertThat(lan().says("48").text()).contains("Câu 4/5");
        Turn skipped = lan().presses("dlg:skip");
        assertThat(skipped.text()).contains("Câu 5/5");
        assertThat(lan().says("không").text()).contains("4. Ngày có thể đi: —", "5. Đã từng hiến máu?: Không");
    }

    @Test
    void aMemberTheBotCannotWriteToGetsALinkThatOpensTheForm() {
        s.bot.outbox().unreachable(s.hoa.ref().privateChat());

        Turn pressed = s.presses(s.hoa, form.number());
        Turn opened = s.bot.inPrivate(s.hoa).opens(pressed.buttonUrl());

        assertThat(pressed.buttonUrl()).contains("start=dk_").doesNotContain("dk_" + form.number());
        assertThat(pressed.text()).contains("mở tin nhắn riêng");
        assertThat(opened.text()).contains("Câu 1/5: Số điện thoại");
    }
}
