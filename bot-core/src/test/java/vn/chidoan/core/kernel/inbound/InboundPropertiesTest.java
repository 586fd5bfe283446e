package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InboundPropertiesTest {

    @Test
    void settingsHaveDefaultsThatNeedNoConfiguration() {
        InboundProperties defaults = InboundProperties.defaults();

        assertThat(defaults.lanes()).isEqualTo(4);
        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.recoveryInterval()).isEqualTo(Duration.ofSeconds(30));
    }
}
