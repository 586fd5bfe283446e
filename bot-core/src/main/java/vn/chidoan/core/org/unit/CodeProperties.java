package vn.chidoan.core.org.unit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Invite code settings ({@code chidoan.codes.*}).
 *
 * @param validity how long a unit leader's code and a branch's link code can be used before an
 *                 officer above has to issue a new one ({@code /mamoi}); default 7 days. A branch's join
 *                 code does not expire: its secretary renews it ({@code /mathamgia_moi}).
 */
@ConfigurationProperties("chidoan.codes")
public record CodeProperties(Duration validity) {

    public CodeProperties {
        validity = validity != null && !validity.isNegative() && !validity.isZero() ? validity : Duration.ofDays(7);
    }

    public static CodeProperties defaults() {
        return new CodeProperties(null);
    }
}
