package vn.chidoan.core.org.reminder;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link RemindersProperties}; reminders are planned in the zone of the one {@link Clock}. */
@Configuration
@EnableConfigurationProperties(RemindersProperties.class)
class ReminderConfiguration {

    @Bean
    ReminderZone reminderZone(Clock clock) {
        return new ReminderZone(clock.getZone());
    }
}
