package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Reminders are planned in the zone of the one injected clock: the time zone is read once. */
class ReminderZoneTest {

    @Test
    void remindersArePlannedInTheZoneOfTheInjectedClock() {
        ZoneId elsewhere = ZoneId.of("Europe/Paris");
        new ApplicationContextRunner().withUserConfiguration(ReminderConfiguration.class)
                .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), elsewhere))
                .run(context -> assertThat(context.getBean(ReminderZone.class).id()).isEqualTo(elsewhere));
    }
}
