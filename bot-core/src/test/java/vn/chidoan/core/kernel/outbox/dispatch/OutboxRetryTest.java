package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutboxRetryTest {

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);
    private final ChatRef group = telegram("-100123");

    @Test
    void aRateLimitedMessageIsDeliveredOnceAndNeverBeforeRetryAfter() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(group, new SendOutcome.RetryAfter(Duration.ofSeconds(30)));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("notice:1:chat:-100123", group, text("n"), Priority.BULK);
        fx.outbox.enqueue("notice:1:chat:other", telegram("other"), text("n"), Priority.BULK);

        fx.dispatchAll();
        assertThat(fx.status("notice:1:chat:-100123")).isEqualTo(OutboxStatus.PENDING);
        for (int second = 1; second < 30; second++) {
            clock.advance(Duration.ofSeconds(1));
            fx.dispatchAll();
        }
        clock.advance(Duration.ofMillis(999));
        fx.dispatchAll();
        assertThat(telegram.sent()).filteredOn(s -> s.chat().equals(group)).hasSize(1);

        clock.advance(Duration.ofMillis(1));
        fx.dispatchAll();
        clock.advance(Duration.ofMinutes(5));
        fx.dispatchAll();

        var toGroup = telegram.sent().stream().filter(s -> s.chat().equals(group)).toList();
        assertThat(toGroup).hasSize(2);
        assertThat(Duration.between(toGroup.get(0).at(), toGroup.get(1).at())).isEqualTo(Duration.ofSeconds(30));
        assertThat(fx.status("notice:1:chat:-100123")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(fx.status("notice:1:chat:other")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(fx.sends("retry_after")).isEqualTo(1);
        assertThat(fx.sends("delivered")).isEqualTo(2);
    }

    @Test
    void transientFailuresBackOffDoublingThenFailWithTheReason() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        for (int i = 0; i < 4; i++) {
            telegram.answer(group, new SendOutcome.Transient("502 Bad Gateway"));
        }
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxFixture.maxAttempts(4),
                telegram);
        fx.outbox.enqueue("reminder:5:2026-03", group, text("n"), Priority.BULK);

        for (int second = 0; second < 60; second++) {
            fx.dispatchAll();
            clock.advance(Duration.ofMillis(500));
        }

        var tries = telegram.sent();
        assertThat(tries).hasSize(4);
        assertThat(IntStream.range(1, tries.size())
                .mapToObj(i -> Duration.between(tries.get(i - 1).at(), tries.get(i).at())))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(tries).extracting(s -> s.entry().attempts()).containsExactly(1, 2, 3, 4);
        assertThat(fx.status("reminder:5:2026-03")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.raw("reminder:5:2026-03").getString("lastError"))
                .contains("4 attempts").contains("502 Bad Gateway");
        assertThat(fx.sends("transient")).isEqualTo(4);
    }

    @Test
    void aSenderThatThrowsCountsAsATransientFailureAndLeaksNoToken() {
        String url = "https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage";
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .failWith(new IllegalStateException("I/O error on " + url));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxFixture.maxAttempts(2),
                telegram);
        fx.outbox.enqueue("k", group, text("n"), Priority.INTERACTIVE);

        fx.dispatchAll();
        assertThat(fx.status("k")).isEqualTo(OutboxStatus.PENDING);
        clock.advance(Duration.ofSeconds(1));
        fx.dispatchAll();

        assertThat(telegram.sent()).hasSize(2);
        assertThat(fx.status("k")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.raw("k").getString("lastError")).contains("IllegalStateException").contains("<token>")
                .doesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    }

    @Test
    void aPermanentFailureIsRecordedWithItsReasonAndNotRetried() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(group, new SendOutcome.Failed("Bad Request: message is too long"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("k", group, text("n"), Priority.INTERACTIVE);

        fx.dispatchAll();
        clock.advance(Duration.ofMinutes(10));
        fx.dispatchAll();

        assertThat(telegram.sent()).hasSize(1);
        assertThat(fx.status("k")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.raw("k").getString("lastError")).isEqualTo("Bad Request: message is too long");
        assertThat(fx.sends("failed")).isEqualTo(1);
    }
}
