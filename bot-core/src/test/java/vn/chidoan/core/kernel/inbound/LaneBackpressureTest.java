package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.inbound.InboundGateway.Acceptance;

/**
 * A lane takes no more than it can handle: a full lane refuses new events without storing them, a lane
 * whose oldest event has waited too long takes no new one, and events beyond the memory budget wait as
 * their key.
 */
class LaneBackpressureTest extends InboundLanesScenarioTest {
    @Test
    void aFullLaneRefusesNewEventsWithoutStoringThemUntilItHasRoomAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fx = new InboundFixture(db.freshTemplate(), clock,
                new InboundProperties(1, 3, null, null, null, Duration.ZERO, null, null, 2, 2, 0))
                .behaving(h -> awaitQuietly(release));
        fx.lanes.startWorkers();
        assertThat(fx.accept("telegram:update:1", "-1", "busy")).isEqualTo(Acceptance.ACCEPTED);
        await().atMost(PATIENCE).until(() -> fx.handled().size() == 1);

        assertThat(fx.accept("telegram:update:2", "-2", "waits")).isEqualTo(Acceptance.ACCEPTED);
        assertThat(fx.accept("telegram:update:3", "-3", "waits")).isEqualTo(Acceptance.ACCEPTED);
        assertThat(fx.accept("telegram:update:4", "-4", "refused")).isEqualTo(Acceptance.BUSY);
        assertThat(fx.raw("telegram:update:4")).as("nothing stored").isNull();
        assertThat(fx.count(InboundMetrics.EVENTS, "busy")).isEqualTo(1);

        release.countDown();
        await().atMost(PATIENCE).until(() -> fx.handled().size() == 3);
        assertThat(fx.accept("telegram:update:4", "-4", "sent again")).isEqualTo(Acceptance.ACCEPTED);
        await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("telegram:update:4")));
    }

    @Test
    void aLaneWhoseOldestEventHasWaitedAQuarterOfRecoverAfterTakesNoNewOneSoWhatItTookIsHandledWithoutAClaim()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fx = new InboundFixture(db.freshTemplate(), clock,
                new InboundProperties(1, 3, null, Duration.ofSeconds(10), null, Duration.ZERO, null, null, 2, 0, 0))
                .behaving(h -> {
                    if (h.text().equals("slow")) {
                        awaitQuietly(release);
                    }
                });
        fx.lanes.startWorkers();
        fx.accept("telegram:update:1", "-1", "slow");
        await().atMost(PATIENCE).until(() -> fx.handled().size() == 1);
        assertThat(fx.accept("telegram:update:2", "-2", "waits")).isEqualTo(Acceptance.ACCEPTED);

        clock.advance(Duration.ofMillis(2_400));
        assertThat(fx.accept("telegram:update:3", "-3", "still young")).isEqualTo(Acceptance.ACCEPTED);
        clock.advance(Duration.ofMillis(100));
        assertThat(fx.accept("telegram:update:4", "-4", "refused")).as("the oldest waiting has waited 2.5 s")
                .isEqualTo(Acceptance.BUSY);
        assertThat(fx.raw("telegram:update:4")).as("nothing stored").isNull();

        release.countDown();
        await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("telegram:update:3")));
        assertThat(fx.accept("telegram:update:4", "-4", "sent again")).isEqualTo(Acceptance.ACCEPTED);
        await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("telegram:update:4")));
        for (int i = 2; i <= 4; i++) {
            assertThat(fx.raw("telegram:update:" + i).get(InboundStore.REV)).as("never claimed: PENDING, then DONE")
                    .isEqualTo(1L);
        }
    }

    @Test
    void eventsBeyondTheMemoryBudgetWaitAsTheirKeyAndAreHandledAllTheSame() {
        CountDownLatch release = new CountDownLatch(1);
        fx = new InboundFixture(db.freshTemplate(), clock,
                new InboundProperties(1, 3, null, null, null, Duration.ZERO, null, null, 2, 0, 20))
                .behaving(h -> awaitQuietly(release));
        fx.lanes.startWorkers();
        fx.accept("telegram:update:1", "-1", "first");
        await().atMost(PATIENCE).until(() -> fx.handled().size() == 1);

        for (int i = 2; i <= 5; i++) {
            fx.accept("telegram:update:" + i, "-1", "message number " + i);
        }
        assertThat(fx.lanes.payloadBytes()).isLessThanOrEqualTo(20);
        assertThat(fx.lanes.waiting()).isEqualTo(4);

        release.countDown();
        await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("telegram:update:5")));
        assertThat(fx.handled()).extracting(InboundFixture.Handled::text).containsExactly("first",
                "message number 2", "message number 3", "message number 4", "message number 5");
        assertThat(fx.lanes.payloadBytes()).isZero();
    }
}
