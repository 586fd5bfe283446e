package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.org.reminder.Due;
import vn.chidoan.core.org.reminder.FireReminder;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderArming;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.RecordingTriggers;

/**
 * Fee reminders fired as the scheduler fires them ({@link FireReminder} with the armed occurrence): only
 * members who owe get one, privately, with the amount and the VietQR code, once per occurrence; quiet hours
 * put them off; the BCH gets a summary the day after the deadline.
 */
class FeeReminderTest extends FeeScenarioTest {

    @Test
    void onlyMembersWhoOweAreRemindedPrivatelyWithTheAmountAndTheCodeOnce() throws Exception {
        s.openWithAccount();
        s.secretary("/doanphi nop 2");
        reportsWithoutPhoto();

        Due due = fireArmed(FeeReminders.KIND);
        fire(FeeReminders.KIND, due);

        assertThat(due.fireAt()).isEqualTo(FeeScenario.at(2026, 3, 28, 8, 0));
        List<RecordingOutbox.Sent> sent = s.keyed("reminder:fee:");
        assertThat(sent).as("not An, who paid, nor Chi, who waits for the BCH").extracting(RecordingOutbox.Sent::chat)
                .containsExactlyInAnyOrder(s.binh.ref().privateChat(), s.secretary.ref().privateChat());
        RecordingOutbox.Sent toBinh = sent.stream().filter(m -> m.chat().equals(s.binh.ref().privateChat())).findFirst()
                .orElseThrow();
        assertThat(toBinh.text()).contains("Nhắc đoàn phí — Chi đoàn 12A1", "Hạn nộp: 31/03/2026 (còn 3 ngày)",
                "Bạn cần nộp 2.000 đ (T3/2026)", "Tôi đã nộp");
        String code = s.statement(s.binh).member().fee().codeText();
        assertThat(MemberStatusTest.decode(toBinh.message().attachment().content()))
                .contains("54042000", "DP " + code + " T3-2026");
    }

    @Test
    void theNextOffsetRemindsOnlyThoseWhoStillOweAndTheDeadlineDayIsOneMessage() {
        s.openWithAccount();
        fireArmed(FeeReminders.KIND);
        s.secretary("/doanphi nop 1, 2, 3");

        fireArmed(FeeReminders.KIND);
        fireArmed(FeeReminders.DUE_KIND);

        assertThat(s.keyed("reminder:fee:")).filteredOn(m -> m.chat().equals(s.an.ref().privateChat())).hasSize(1);
        assertThat(s.keyed("reminder:fee:")).filteredOn(m -> m.chat().equals(s.chi.ref().privateChat()))
                .extracting(RecordingOutbox.Sent::text).hasSize(2).last().asString().contains("(còn 1 ngày)");
        assertThat(s.keyed("reminder:fee-due:")).singleElement().satisfies(m -> {
            assertThat(m.chat()).isEqualTo(s.chi.ref().privateChat());
            assertThat(m.text()).contains("Hôm nay (31/03/2026) là hạn nộp.");
        });
    }

    @Test
    void quietHoursPutTheReminderOffUntilTheyEnd() {
        s.openWithAccount();
        assertThat(s.secretary("/nhacnho yenlang 07:00-09:30").text()).contains("09:30");
        Due armed = triggers().armed(reminder(FeeReminders.KIND).id()).orElseThrow();
        assertThat(armed.occurrence().at()).isEqualTo(FeeScenario.at(2026, 3, 28, 8, 0));
        assertThat(armed.fireAt()).isEqualTo(FeeScenario.at(2026, 3, 28, 9, 30));

        fire(FeeReminders.KIND, new Due(armed.occurrence(), armed.occurrence().at()));

        assertThat(s.keyed("reminder:fee:")).as("nothing at 08:00, in quiet hours").isEmpty();
        Due putOff = triggers().armed(reminder(FeeReminders.KIND).id()).orElseThrow();
        assertThat(putOff).isEqualTo(armed);
        fire(FeeReminders.KIND, putOff);
        assertThat(s.keyed("reminder:fee:")).hasSize(4);
    }

    @Test
    void theBchGetsASummaryTheDayAfterTheDeadline() {
        s.openWithAccount();
        s.secretary("/doanphi nop 2, 3");
        reportsWithoutPhoto();

        Due due = fireArmed(FeeReminders.SUMMARY_KIND);

        assertThat(due.fireAt()).isEqualTo(FeeScenario.at(2026, 4, 1, 8, 0));
        assertThat(s.keyed("reminder:fee-summary:")).singleElement().satisfies(m -> {
            assertThat(m.chat()).isEqualTo(s.secretary.ref().privateChat());
            assertThat(m.text()).contains("Tổng kết đoàn phí T3/2026 — Chi đoàn 12A1", "Đã nộp đủ: 2/4",
                    "Đã thu: 4.000/8.000 đ", "Còn nợ T3/2026: 2 người, 4.000 đ", "Lê Minh Chi",
                    "1 yêu cầu «Tôi đã nộp» đang chờ BCH xác nhận");
        });
        assertThat(s.bot.bean(Reminders.class).ofUnit(s.branchId())).as("the period after next planned")
                .anySatisfy(r -> assertThat(r.target()).endsWith(":T5-2026"));
    }

    /** Chi presses "Tôi đã nộp" and sends it without a photo: waiting for the BCH. */
    private void reportsWithoutPhoto() {
        var asked = s.inPrivate(s.chi, "/doanphi");
        var pressed = s.bot.inPrivate(s.chi).presses(asked.buttonData("dp:r:"));
        s.bot.inPrivate(s.chi).presses(pressed.buttonData("dlg:" + SelfReportFlow.NO_PHOTO));
    }

    /** Moves the clock to when the earliest reminder of the kind is armed and fires it there. */
    private Due fireArmed(String kind) {
        Due due = triggers().armed(reminder(kind).id()).orElseThrow();
        fire(kind, due);
        return due;
    }

    private void fire(String kind, Due due) {
        s.bot.clock().set(due.fireAt());
        s.bot.bean(FireReminder.class).fire(reminder(kind).id(), due.occurrence());
    }

    /**
     * The book's reminder of this kind armed earliest; reminders saved since the last look are armed first, as
     * the scheduler's listener arms them when they are saved.
     */
    private Reminder reminder(String kind) {
        List<Reminder> planned = s.bot.bean(Reminders.class).ofUnit(s.branchId());
        planned.stream().filter(r -> triggers().armed(r.id()).isEmpty())
                .forEach(r -> s.bot.bean(ReminderArming.class).rearm(r.id()));
        return planned.stream().filter(r -> r.kind().equals(kind))
                .filter(r -> triggers().armed(r.id()).isPresent())
                .min(java.util.Comparator.comparing(r -> triggers().armed(r.id()).orElseThrow().fireAt())).orElseThrow();
    }

    private RecordingTriggers triggers() {
        return s.bot.bean(RecordingTriggers.class);
    }
}
