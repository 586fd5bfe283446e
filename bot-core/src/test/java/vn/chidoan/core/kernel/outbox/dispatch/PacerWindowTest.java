package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.dispatch.Pacer;

/**
 * The platform's budget of sends in any window, counted from when each call returned: places held in
 * flight, sends in several calls, the ready one first.
 */
class PacerWindowTest extends PacerScenarioTest {
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

    @Test
    void aSlotClosedWithoutACallGivesItsPlaceBackUncounted() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(1, chat -> Duration.ofSeconds(3)), clock);
        pacer.begin(GROUP, true).close();

        assertThat(pacer.hasToken(NOW)).isTrue();
        assertThat(pacer.chatFree(GROUP, true, NOW)).as("no message reached the group").isTrue();
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
}
