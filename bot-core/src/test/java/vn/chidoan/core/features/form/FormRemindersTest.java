package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.FireReminder;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;

/**
 * Before a form's deadline, the branch's members who have not answered are reminded privately with the
 * «Đăng ký» button (not those who did, not its creator, nobody when no place is left to take); at the
 * deadline its creator gets the results and the file once, and the post loses its button.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class FormRemindersTest {
    @Parameter
    Database db;

    FormScenario s;

    @BeforeEach
    void branch() {
        s = new FormScenario(db);
    }

    private Reminder reminder(String kind, UnitId unit) {
        return s.bot.bean(Reminders.class).ofUnit(unit).stream().filter(r -> r.kind().equals(kind)).findFirst()
                .orElseThrow();
    }

    /** Fires the reminder as the scheduler would, {@code before} the form's deadline. */
    private void fire(Reminder reminder, Duration before) {
        Instant deadline = s.form(1).deadline();
        s.bot.bean(FireReminder.class).fire(reminder.id(), new Occurrence(deadline.minus(before), deadline));
    }

    private List<RecordingOutbox.Sent> reminded(Speaker who) {
        return s.to(who).stream().filter(m -> m.text() != null && m.text().contains("Nhắc đăng ký")).toList();
    }

    @Test
    void membersWhoHaveNotAnsweredAreRemindedPrivatelyOnceWithTheButton() {
        s.secretarySays("/dangky_tao Hiến máu nhân đạo | 20/03 7h30 | 30 chỗ");
        s.presses(s.lan, 1);
        Reminder reminder = reminder(RegistrationReminder.KIND, s.branchId());

        fire(reminder, Duration.ofDays(1));
        fire(reminder, Duration.ofDays(1));

        for (Speaker silent : List.of(s.minh, s.hoa)) {
            assertThat(reminded(silent)).singleElement().satisfies(m -> {
                assertThat(m.text()).contains("Hiến máu nhân đạo", "07:30 20/03/2026");
                assertThat(m.buttons()).extracting(b -> b.data()).containsExactly("dk:r:1");
            });
        }
        assertThat(reminded(s.lan)).isEmpty();
        assertThat(reminded(s.secretary)).isEmpty();
    }

    @Test
    void aSignUpWithNoPlaceLeftAndNoWaitlistRemindsNobody() {
        s.secretarySays("/dangky_tao Hiến máu nhân đạo | 20/03 7h30 | 1 chỗ | không chờ");
        s.presses(s.lan, 1);

        fire(reminder(RegistrationReminder.KIND, s.branchId()), Duration.ofDays(1));

        assertThat(reminded(s.minh)).isEmpty();
        assertThat(reminded(s.hoa)).isEmpty();
    }

    @Test
    void atTheDeadlineTheCreatorGetsTheResultsAndTheFileOnceAndThePostLosesItsButton() {
        s.secretarySays("/dangky_tao Hiến máu nhân đạo | 20/03 7h30 | 30 chỗ");
        s.presses(s.lan, 1);
        Reminder summary = reminder(DeadlineSummary.KIND, s.branchId());
        s.bot.clock().advance(Duration.between(s.bot.clock().instant(), s.form(1).deadline()).plusMinutes(1));

        fire(summary, Duration.ZERO);
        fire(summary, Duration.ZERO);
        s.tick();

        List<RecordingOutbox.Sent> results = s.to(s.secretary).stream()
                .filter(m -> m.text() != null && m.text().contains("Kết quả đăng ký #1")).toList();
        assertThat(results).singleElement().satisfies(m -> assertThat(m.text()).contains("Hiến máu nhân đạo"));
        assertThat(s.to(s.secretary)).filteredOn(m -> m.message().attachment() != null).hasSize(1);
        assertThat(s.keyed("form:1:counts:")).last().satisfies(edit -> assertThat(edit.buttons()).isEmpty());
    }
}
