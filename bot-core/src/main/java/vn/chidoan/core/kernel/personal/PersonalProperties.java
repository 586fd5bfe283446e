package vn.chidoan.core.kernel.personal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Personal-data settings ({@code chidoan.personal.*}); every one has a default.
 *
 * @param erasureSettle  how long after an erasure its second pass runs at the earliest (the answer
 *                       "your data is deleted" has been sent by then)
 * @param erasureMaxWait how long the second pass waits at most for a store that is still busy
 * @param erasureCheck   how often open erasures are looked for
 */
@ConfigurationProperties("chidoan.personal")
public record PersonalProperties(Duration erasureSettle, Duration erasureMaxWait, Duration erasureCheck) {

    public PersonalProperties {
        erasureSettle = erasureSettle != null ? erasureSettle : Duration.ofMinutes(1);
        erasureMaxWait = erasureMaxWait != null ? erasureMaxWait : Duration.ofDays(1);
        erasureCheck = erasureCheck != null ? erasureCheck : Duration.ofSeconds(30);
    }

    public static PersonalProperties defaults() {
        return new PersonalProperties(null, null, null);
    }
}
