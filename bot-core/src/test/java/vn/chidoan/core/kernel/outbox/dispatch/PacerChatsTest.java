package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.dispatch.Pacer;

/**
 * Each chat's own pace: one send in flight at a time, a group's twenty a minute and a person's one a second,
 * a pause the platform asked for.
 */
class PacerChatsTest extends PacerScenarioTest {
    @Test
    void aChatWithASendInFlightTakesNoOtherUntilItsOutcomeIsRecorded() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(0, chat -> Duration.ZERO), clock);
        PaceSlot slot = pacer.begin(GROUP, true);

        assertThat(pacer.chatFree(GROUP, true, NOW)).isFalse();
        assertThat(pacer.chatFree(GROUP, false, NOW)).as("not even a button's answer").isFalse();
        assertThat(pacer.chatFree(new ChatRef(Platform.TELEGRAM, "other"), true, NOW)).isTrue();
        slot.sent();
        assertThat(pacer.chatFree(GROUP, true, NOW)).as("the call returned, its outcome is not recorded yet")
                .isFalse();
        slot.close();
        assertThat(pacer.chatFree(GROUP, true, NOW)).isTrue();
    }

    @Test
    void aGroupTakesTwentyMessagesInAnyMinuteAndAPersonOneASecond() {
        ChatRef person = new ChatRef(Platform.TELEGRAM, "42");
        Pacer pacer = new Pacer(new PlatformSender.Pacing(new PlatformSender.Limit(30, Duration.ofSeconds(1)),
                chat -> chat.equals(GROUP) ? new PlatformSender.Limit(20, Duration.ofMinutes(1))
                        : new PlatformSender.Limit(1, Duration.ofSeconds(1))), clock);
        for (int i = 0; i < 20; i++) {
            assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(i))).as("message %d", i + 1).isTrue();
            sent(pacer, GROUP, true, NOW.plusSeconds(i));
        }
        sent(pacer, person, true, NOW);

        assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(59))).as("twenty in the minute already").isFalse();
        assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(60))).as("the first is a minute old").isTrue();
        assertThat(pacer.chatFree(person, true, NOW.plusMillis(999))).isFalse();
        assertThat(pacer.chatFree(person, true, NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void aChatIsFreeAgainOnlyAfterItsGapOrAPauseThePlatformAskedFor() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(0, chat -> Duration.ofSeconds(3)), clock);
        sent(pacer, GROUP, true, NOW);

        assertThat(pacer.chatFree(GROUP, true, NOW.plusMillis(2999))).isFalse();
        assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(3))).isTrue();
        pacer.pause(GROUP, NOW.plusSeconds(30), NOW);
        assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(29))).isFalse();
        assertThat(pacer.chatFree(GROUP, false, NOW.plusSeconds(29))).as("a button's answer is not paced").isTrue();
        assertThat(pacer.chatFree(new ChatRef(Platform.TELEGRAM, "other"), true, NOW)).isTrue();
    }
}
