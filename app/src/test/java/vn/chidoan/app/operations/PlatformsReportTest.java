package vn.chidoan.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Platform;

class PlatformsReportTest {

    @Test
    void withNoPlatformTheReportSaysSoAndPointsToTheSandbox() {
        assertThat(PlatformsReport.describe(Set.of()))
                .startsWith("Chat platforms: none is on")
                .contains("CHIDOAN_TELEGRAM_TOKEN", "sandbox");
    }

    @Test
    void reportListsPlatformsOnAndOff() {
        assertThat(PlatformsReport.describe(Set.of(Platform.TELEGRAM)))
                .isEqualTo("Chat platforms on: telegram; off: messenger, sandbox.");
        assertThat(PlatformsReport.describe(Set.of(Platform.SANDBOX, Platform.MESSENGER, Platform.TELEGRAM)))
                .isEqualTo("Chat platforms on: telegram, messenger, sandbox; off: none.");
    }
}
