package vn.chidoan.core.org.reminder;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link RemindersProperties} and the zone reminders are planned in ({@code chidoan.timezone}). */
@Configuration
@EnableConfigurationProperties(RemindersProperties.class)
class ReminderConfiguration {

    @Bean
    ReminderZone reminderZone(@Value("${chidoan.timezone:Asia/Ho_Chi_Minh}") String zone) {
        return new ReminderZone(ZoneId.of(zone));
    }
}
