package vn.chidoan.core.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Platform;

class ApiStatusTest {
    private final ApiStatus status = new ApiStatus(Platform.TELEGRAM, () -> "http://api as @bot");

    @Test
    void isUnreachableWithoutErrorUntilTheApiFirstAnswers() {
        assertThat(status.platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(status.reachable()).isFalse();
        assertThat(status.detail()).isEqualTo("http://api as @bot");
    }

    @Test
    void aFailureIsShownUntilTheApiAnswersAgain() {
        status.failed("connection refused");
        assertThat(status.reachable()).isFalse();
        assertThat(status.detail()).isEqualTo("http://api as @bot, last error: connection refused");

        status.answered();
        assertThat(status.reachable()).isTrue();
        assertThat(status.detail()).isEqualTo("http://api as @bot");
    }

    @Test
    void onlyATransientSendOutcomeMarksTheApiDown() {
        status.observed(new SendOutcome.Transient("HTTP 502"));
        assertThat(status.reachable()).isFalse();
        assertThat(status.detail()).endsWith("last error: HTTP 502");

        status.observed(new SendOutcome.RetryAfter(Duration.ofSeconds(3)));
        assertThat(status.reachable()).isTrue();
        status.observed(new SendOutcome.Unreachable("blocked"));
        assertThat(status.reachable()).isTrue();
    }
}
