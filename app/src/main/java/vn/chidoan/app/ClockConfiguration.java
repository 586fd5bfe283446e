package vn.chidoan.app;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} every feature injects (never {@code Instant.now()}), in {@code chidoan.timezone}. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(TimeProperties properties) {
        return Clock.system(properties.timezone());
    }
}
