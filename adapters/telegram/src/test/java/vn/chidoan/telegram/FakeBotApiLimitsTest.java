package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * The fake Bot API keeps Telegram's limits as Telegram answers them (a 429 with {@code retry_after}), and
 * the sender reads that answer as a wait: tests and benchmarks that drive the app against the fake see a
 * pace too fast for Telegram.
 */
class FakeBotApiLimitsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
    private final FakeBotApi api = FakeBotApi.start().limitsBy(clock);
    private final TelegramHarness harness = new TelegramHarness(api.baseUrl(), api.token());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theThirtyFirstMessageInASecondIsRefusedWithRetryAfter() {
        List<SendOutcome> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < 31; i++) {
            outcomes.add(harness.sender().send(Outgoing.text(new ChatRef(Platform.TELEGRAM, Integer.toString(500 + i)),
                    "Tin " + i)));
        }

        assertThat(outcomes.subList(0, 30)).allMatch(SendOutcome.Delivered.class::isInstance);
        assertThat(outcomes.get(30)).isEqualTo(new SendOutcome.RetryAfter(Duration.ofSeconds(1)));
        RecordedRequest refused = api.tooManyRequests().get(0);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.response()).contains("\"retry_after\":1", "Too Many Requests");
    }

    @Test
    void aGroupTakesTwentyMessagesAMinuteAndTellsTheWaitInSeconds() {
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(2));
            assertThat(harness.sender().send(Outgoing.text(Outgoing.GROUP, "Tin " + i)))
                    .isInstanceOf(SendOutcome.Delivered.class);
        }

        SendOutcome refused = harness.sender().send(Outgoing.text(Outgoing.GROUP, "Tin 21"));
        SendOutcome elsewhere = harness.sender().send(Outgoing.text(Outgoing.PRIVATE, "Tin riêng"));

        assertThat(refused).isInstanceOfSatisfying(SendOutcome.RetryAfter.class,
                wait -> assertThat(wait.delay()).isEqualTo(Duration.ofSeconds(22)));
        assertThat(elsewhere).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(api.tooManyRequests()).singleElement().satisfies(r -> assertThat(r.chatId()).isEqualTo(
                Outgoing.GROUP.id()));
    }

    @Test
    void paidBroadcastsGoPastThirtyASecondAndAFakeWithoutLimitsTakesEverything() {
        TelegramSender paid = new TelegramSender(new TelegramConfiguration().telegramClient(new TelegramProperties(
                api.token(), TelegramProperties.Mode.POLLING, api.baseUrl(), null, null, null)), harness.status(), true);
        for (int i = 0; i < 40; i++) {
            assertThat(paid.send(Outgoing.text(new ChatRef(Platform.TELEGRAM, Integer.toString(900 + i)), "Tin")))
                    .isInstanceOf(SendOutcome.Delivered.class);
        }
        assertThat(harness.sender().send(Outgoing.text(Outgoing.PRIVATE, "Không trả phí")))
                .as("a free message counts every message of the second").isInstanceOf(SendOutcome.RetryAfter.class);

        api.withoutLimits();
        assertThat(harness.sender().send(Outgoing.text(Outgoing.PRIVATE, "Không giới hạn")))
                .isInstanceOf(SendOutcome.Delivered.class);
    }
}
