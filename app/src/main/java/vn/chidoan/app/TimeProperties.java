package vn.chidoan.app;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code chidoan.timezone}: the zone reminders fire in and dates are shown in. */
@ConfigurationProperties("chidoan")
public record TimeProperties(ZoneId timezone) {
}
