package vn.chidoan.core.org.audience;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Fan-out settings ({@code chidoan.fanout.*}); every one has a default.
 *
 * @param lease         how long a worker holds a fan-out before another instance may take it over
 * @param sweep         how often fan-outs nobody moves on (their worker died) are taken up
 * @param sliceAttempts tries of one slice before its branches are tried one by one, and those that
 *                      still fail are left out of the fan-out and named to the poster
 * @param firstSlice    how many branches the first slice covers (later ones grow from it to a bulk slice):
 *                      small, so the first posts are stored and sent within moments of the command
 */
@ConfigurationProperties("chidoan.fanout")
public record FanoutProperties(Duration lease, Duration sweep, int sliceAttempts, int firstSlice) {

    public FanoutProperties {
        lease = lease != null ? lease : Duration.ofMinutes(2);
        sweep = sweep != null ? sweep : Duration.ofSeconds(30);
        sliceAttempts = sliceAttempts > 0 ? sliceAttempts : 3;
        firstSlice = firstSlice > 0 ? firstSlice : BranchAudience.FIRST_SLICE;
    }

    public static FanoutProperties defaults() {
        return new FanoutProperties(null, null, 0, 0);
    }
}
