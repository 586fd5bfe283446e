package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.dispatch.OutcomeRecorder;
import vn.chidoan.core.kernel.outbox.dispatch.Pacer;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.Reasons;
import vn.chidoan.core.testing.MutableClock;

/** The outbox's rules that need no database: backoff, pace, reasons, defaults. */
class OutboxRulesTest {
    private static final Instant NOW = Instant.parse("2026-03-26T01:00:00Z");
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100");

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void backoffDoublesFromOneSecondUpToFiveMinutes() {
        assertThat(OutcomeRecorder.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutcomeRecorder.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutcomeRecorder.backoff(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(OutcomeRecorder.backoff(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutcomeRecorder.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void waitsAreRoundedUpToTheStoredMillisecondNeverDown() {
        assertThat(OutcomeRecorder.ceilMillis(NOW.plusNanos(1))).isEqualTo(NOW.plusMillis(1));
        assertThat(OutcomeRecorder.ceilMillis(NOW.plusMillis(3))).isEqualTo(NOW.plusMillis(3));
    }

    @Test
    void noSecondHoldsMoreSendsThanTheBudgetCountedFromWhenEachSendEnded() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(2, chat -> Duration.ofSeconds(3)), clock);
        sent(pacer, GROUP, false, NOW);
        sent(pacer, GROUP, false, NOW.plusMillis(400));

        assertThat(pacer.hasToken(NOW.plusMillis(500))).isFalse();
        assertThat(pacer.untilNextToken(NOW.plusMillis(500))).isEqualTo(Duration.ofMillis(500));
        assertThat(pacer.hasToken(NOW.plusSeconds(1))).isTrue();
        sent(pacer, GROUP, false, NOW.plusSeconds(1));
        assertThat(pacer.hasToken(NOW.plusMillis(1399))).as("the sends at 0.4 s and 1.0 s fill the window").isFalse();
        assertThat(pacer.hasToken(NOW.plusMillis(1400))).isTrue();
    }

    @Test
    void aSendInFlightHoldsItsPlaceInTheWindowAndCountsFromWhenItsCallReturned() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(2, chat -> Duration.ZERO), clock);
        PaceSlot first = pacer.begin(new ChatRef(Platform.TELEGRAM, "1"), true);
        assertThat(pacer.hasToken(NOW)).isTrue();
        PaceSlot second = pacer.begin(new ChatRef(Platform.TELEGRAM, "2"), true);

        assertThat(pacer.hasToken(NOW)).as("two in flight fill the window").isFalse();
        assertThat(pacer.hasToken(NOW.plusSeconds(2))).as("however long their calls take").isFalse();
        clock.set(NOW.plusSeconds(2));
        first.sent();
        clock.set(NOW.plusMillis(2300));
        second.sent();
        first.close();
        second.close();

        assertThat(pacer.inFlight()).isZero();
        assertThat(pacer.untilNextToken(NOW.plusMillis(2500))).isEqualTo(Duration.ofMillis(500));
        assertThat(pacer.hasToken(NOW.plusMillis(2999))).as("counted at 2.0 s and 2.3 s").isFalse();
        assertThat(pacer.hasToken(NOW.plusSeconds(3))).isTrue();
    }

    @Test
    void aSendInSeveralCallsHoldsAPlaceForEachAndCountsThemAll() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(3, chat -> Duration.ZERO), clock);
        PaceSlot parts = pacer.begin(GROUP, true);
        parts.calls(2, Duration.ofSeconds(1));

        assertThat(pacer.inFlight()).isEqualTo(2);
        assertThat(pacer.hasToken(NOW)).isTrue();
        pacer.begin(new ChatRef(Platform.TELEGRAM, "1"), true).close();
        parts.sent();
        parts.close();

        assertThat(pacer.hasToken(NOW)).isTrue();
        sent(pacer, new ChatRef(Platform.TELEGRAM, "2"), true, NOW);
        assertThat(pacer.hasToken(NOW.plusMillis(999))).as("two parts and one message in the second").isFalse();
    }

    @Test
    void aPlaceThatFreesWhileASendWaitsForItsNextCallIsThatSendsNotANewOnes() throws InterruptedException {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(2, chat -> Duration.ZERO), clock);
        sent(pacer, new ChatRef(Platform.TELEGRAM, "1"), true, NOW);
        PaceSlot parts = pacer.begin(GROUP, true);
        long started = System.nanoTime();
        Thread waiting = new Thread(() -> parts.calls(2, Duration.ofSeconds(5)));
        waiting.start();
        Thread.sleep(100);

        assertThat(pacer.hasToken(NOW.plusSeconds(1)))
                .as("the send at 0 s leaves the window at 1 s: its place is claimed by the waiting second call")
                .isFalse();
        clock.set(NOW.plusSeconds(1));
        waiting.join(4_000);

        assertThat(waiting.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("took the freed place, not its patience")
                .isLessThan(Duration.ofSeconds(4));
        assertThat(pacer.inFlight()).isEqualTo(2);
        assertThat(pacer.hasToken(NOW.plusSeconds(1))).isFalse();
    }

    @Test
    void aSendInSeveralCallsThatFindsNoRoomInTimeMakesNoCallAndSaysWhenThereMayBe() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(2, chat -> Duration.ZERO), clock);
        sent(pacer, new ChatRef(Platform.TELEGRAM, "1"), true, NOW);
        PaceSlot parts = pacer.begin(GROUP, true);

        long started = System.nanoTime();
        Duration noRoom = parts.calls(2, Duration.ofMillis(100));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for room, the clock standing still")
                .isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(noRoom).as("the send at 0 s leaves the window at 1 s").isEqualTo(Duration.ofSeconds(1));
        assertThat(pacer.inFlight()).as("its first place only, not one over the limit").isEqualTo(1);
        parts.close();
        assertThat(pacer.inFlight()).isZero();
        assertThat(pacer.hasToken(NOW)).as("the place it held is free again").isTrue();
    }

    @Test
    void aStartedSendHoldsNoPlaceUntilItIsReadyAndTheBestReadyOneTakesTheNextFreePlace() throws InterruptedException {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(1, chat -> Duration.ZERO), clock);
        PaceSlot claiming = pacer.reserve(new ChatRef(Platform.TELEGRAM, "1"), true, Priority.BULK.rank());
        PaceSlot reply = pacer.reserve(new ChatRef(Platform.TELEGRAM, "2"), true, Priority.INTERACTIVE.rank());
        assertThat(reply.place(Duration.ZERO)).as("the bulk send started first holds no place while it claims")
                .isZero();
        reply.sent();
        reply.close();

        PaceSlot bulk = pacer.reserve(new ChatRef(Platform.TELEGRAM, "3"), true, Priority.BULK.rank());
        PaceSlot later = pacer.reserve(new ChatRef(Platform.TELEGRAM, "4"), true, Priority.INTERACTIVE.rank());
        List<PaceSlot> placed = Collections.synchronizedList(new ArrayList<>());
        Thread bulkWaits = waitForPlace(bulk, placed);
        Thread.sleep(50);
        Thread replyWaits = waitForPlace(later, placed);
        Thread.sleep(50);
        clock.set(NOW.plusSeconds(1)); // the reply's call leaves the window
        replyWaits.join(5_000);

        assertThat(placed).as("the reply ready after the bulk send takes the place first").containsExactly(later);
        assertThat(claiming.place(Duration.ZERO)).isPositive();
        later.close();
        bulkWaits.join(5_000);
        assertThat(placed).as("the reply's place given back uncounted").containsExactly(later, bulk);
    }

    private static Thread waitForPlace(PaceSlot slot, List<PaceSlot> placed) {
        Thread thread = new Thread(() -> {
            if (slot.place(Duration.ofSeconds(5)).isZero()) {
                placed.add(slot);
            }
        });
        thread.start();
        return thread;
    }

    @Test
    void aSlotClosedWithoutACallGivesItsPlaceBackUncounted() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(1, chat -> Duration.ofSeconds(3)), clock);
        pacer.begin(GROUP, true).close();

        assertThat(pacer.hasToken(NOW)).isTrue();
        assertThat(pacer.chatFree(GROUP, true, NOW)).as("no message reached the group").isTrue();
    }

    @Test
    void aChatWithASendInFlightTakesNoOtherUntilItsOutcomeIsRecorded() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(0, chat -> Duration.ZERO), clock);
        PaceSlot slot = pacer.begin(GROUP, true);

        assertThat(pacer.chatFree(GROUP, true, NOW)).isFalse();
        assertThat(pacer.chatFree(GROUP, false, NOW)).as("not even a button's answer").isFalse();
        assertThat(pacer.chatFree(new ChatRef(Platform.TELEGRAM, "other"), true, NOW)).isTrue();
        slot.sent();
        assertThat(pacer.chatFree(GROUP, true, NOW)).as("the call returned, its outcome is not recorded yet")
                .isFalse();
        slot.close();
        assertThat(pacer.chatFree(GROUP, true, NOW)).isTrue();
    }

    @Test
    void aGroupTakesTwentyMessagesInAnyMinuteAndAPersonOneASecond() {
        ChatRef person = new ChatRef(Platform.TELEGRAM, "42");
        Pacer pacer = new Pacer(new PlatformSender.Pacing(new PlatformSender.Limit(30, Duration.ofSeconds(1)),
                chat -> chat.equals(GROUP) ? new PlatformSender.Limit(20, Duration.ofMinutes(1))
                        : new PlatformSender.Limit(1, Duration.ofSeconds(1))), clock);
        for (int i = 0; i < 20; i++) {
            assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(i))).as("message %d", i + 1).isTrue();
            sent(pacer, GROUP, true, NOW.plusSeconds(i));
        }
        sent(pacer, person, true, NOW);

        assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(59))).as("twenty in the minute already").isFalse();
        assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(60))).as("the first is a minute old").isTrue();
        assertThat(pacer.chatFree(person, true, NOW.plusMillis(999))).isFalse();
        assertThat(pacer.chatFree(person, true, NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void aChatIsFreeAgainOnlyAfterItsGapOrAPauseThePlatformAskedFor() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(0, chat -> Duration.ofSeconds(3)), clock);
        sent(pacer, GROUP, true, NOW);

        assertThat(pacer.chatFree(GROUP, true, NOW.plusMillis(2999))).isFalse();
        assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(3))).isTrue();
        pacer.pause(GROUP, NOW.plusSeconds(30), NOW);
        assertThat(pacer.chatFree(GROUP, true, NOW.plusSeconds(29))).isFalse();
        assertThat(pacer.chatFree(GROUP, false, NOW.plusSeconds(29))).as("a button's answer is not paced").isTrue();
        assertThat(pacer.chatFree(new ChatRef(Platform.TELEGRAM, "other"), true, NOW)).isTrue();
    }

    @Test
    void sendsInFlightFollowThePlatformsPace() {
        assertThat(OutboxProperties.sendsInFlightFor(new PlatformSender.Limit(30, Duration.ofSeconds(1))))
                .as("Telegram").isEqualTo(8);
        assertThat(OutboxProperties.sendsInFlightFor(new PlatformSender.Limit(1_000, Duration.ofSeconds(1))))
                .as("paid broadcasts").isEqualTo(32);
        assertThat(OutboxProperties.sendsInFlightFor(new PlatformSender.Limit(300, Duration.ofSeconds(1))))
                .as("Messenger").isEqualTo(32);
        assertThat(OutboxProperties.sendsInFlightFor(new PlatformSender.Limit(0, Duration.ZERO))).as("no limit")
                .isEqualTo(4);
    }

    /** A send to {@code chat} whose call returned at {@code at}. */
    private void sent(Pacer pacer, ChatRef chat, boolean paced, Instant at) {
        clock.set(at);
        try (PaceSlot slot = pacer.begin(chat, paced)) {
            slot.sent();
        }
    }

    @Test
    void reasonsKeepNoTokenAndStayShort() {
        assertThat(Reasons.clean("POST /bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage failed"))
                .isEqualTo("POST /bot<token>/sendMessage failed");
        assertThat(Reasons.clean("GET /me?access_token=EAAB123secret&x=1")).isEqualTo("GET /me?access_token=<token>&x=1");
        assertThat(Reasons.clean("x".repeat(1000))).hasSizeLessThan(310);
        assertThat(Reasons.clean(null)).isEqualTo("unknown");
    }

    @Test
    void settingsHaveDefaultsThatNeedNoConfiguration() {
        OutboxProperties defaults = OutboxProperties.defaults();

        assertThat(defaults.maxAttempts()).isEqualTo(12);
        assertThat(defaults.lease()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.scanLimit()).isPositive();
        assertThat(defaults.cleanupBatch()).isPositive();
        assertThat(defaults.sendsInFlight()).as("by the platform's pace").isZero();
    }
}
