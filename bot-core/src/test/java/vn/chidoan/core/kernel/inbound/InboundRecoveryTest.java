package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a crash, a hung worker or a DONE that could not be recorded leaves behind is handled again, once, by
 * recovery; an event whose every attempt stopped the process is kept as FAILED.
 */
class InboundRecoveryTest extends InboundLanesScenarioTest {
    @Test
    void anEventAcceptedButNotHandledBeforeACrashIsHandledAfterTheRestart() {
        MongoTemplate mongo = db.freshTemplate();
        InboundFixture crashed = new InboundFixture(mongo, clock, InboundFixture.FAST);
        crashed.accept("telegram:update:1", "-1", "first");
        crashed.accept("telegram:update:2", "-1", "second");

        clock.advance(Duration.ofSeconds(11));
        try (InboundFixture restarted = new InboundFixture(mongo, clock, InboundFixture.FAST)) {
            restarted.lanes.start();

            await().atMost(PATIENCE).until(() -> restarted.handled().size() == 2);
            assertThat(restarted.handled()).extracting(InboundFixture.Handled::text).containsExactly("first", "second");
            await().atMost(PATIENCE).until(() -> "DONE".equals(restarted.status("telegram:update:2")));
        }
        assertThat(crashed.handled()).isEmpty();
    }

    @Test
    void aFreshPendingEventIsLeftToTheInstanceThatAcceptedIt() {
        MongoTemplate mongo = db.freshTemplate();
        InboundFixture other = new InboundFixture(mongo, clock, InboundFixture.FAST);
        other.accept("telegram:update:1", "-1", "just now");
        InboundFixture recovering = new InboundFixture(mongo, clock, InboundFixture.FAST);
        recovering.lanes.startWorkers();
        try {
            assertThat(recovering.lanes.recover()).isZero();
            clock.advance(Duration.ofSeconds(11));
            assertThat(recovering.lanes.recover()).isEqualTo(1);
            await().atMost(PATIENCE).until(() -> recovering.handled().size() == 1);
        } finally {
            recovering.close();
        }
    }

    @Test
    void anEventWhoseWorkerHungIsTakenOverWhenItsLeaseEnds() throws Exception {
        try (SlowAndOther two = new SlowAndOther()) {
            two.handling("telegram:update:9");
            assertThat(two.other.lanes.recover()).isZero();

            clock.advance(Duration.ofSeconds(61));
            assertThat(two.other.lanes.recover()).isEqualTo(1);

            await().atMost(PATIENCE).until(() -> "DONE".equals(two.other.status("telegram:update:9")));
            assertThat(two.other.handled()).hasSize(1);
        }
    }

    @Test
    void aLongHandlingStartedWithoutAClaimIsClaimedBeforeRecoveryElsewhereMayTakeItOver() throws Exception {
        try (SlowAndOther two = new SlowAndOther()) {
            two.handling("telegram:update:3");
            assertThat(two.slow.status("telegram:update:3")).isEqualTo("PENDING");

            clock.advance(Duration.ofSeconds(6));
            two.slow.lanes.protect();
            assertThat(two.slow.status("telegram:update:3")).isEqualTo("PROCESSING");
            clock.advance(Duration.ofSeconds(5));
            assertThat(two.other.lanes.recover()).isZero();

            two.release.countDown();
            await().atMost(PATIENCE).until(() -> "DONE".equals(two.slow.status("telegram:update:3")));
            assertThat(two.slow.handled()).hasSize(1);
            assertThat(two.other.handled()).isEmpty();
            assertThat(two.slow.raw("telegram:update:3").getInteger(InboundStore.ATTEMPTS)).isEqualTo(1);
        }
    }

    @Test
    void anEventThatWaitedInItsLaneIsClaimedAndWhatTheLaneHandledIsRecordedWhileItWorks() throws Exception {
        MongoTemplate mongo = db.freshTemplate();
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        CountDownLatch secondEntered = new CountDownLatch(1);
        InboundFixture busy = new InboundFixture(mongo, clock, InboundFixture.FAST).behaving(h -> {
            if (h.text().equals("first")) {
                awaitQuietly(releaseFirst);
            } else {
                secondEntered.countDown();
                awaitQuietly(releaseSecond);
            }
        });
        started(busy);
        InboundFixture other = started(new InboundFixture(mongo, clock, InboundFixture.FAST));
        try {
            busy.accept("telegram:update:1", "-1", "first");
            busy.accept("telegram:update:2", "-1", "second");
            clock.advance(Duration.ofSeconds(6));
            releaseFirst.countDown();
            assertThat(secondEntered.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(busy.status("telegram:update:2")).as("claimed: it waited past the grace").isEqualTo("PROCESSING");

            clock.advance(Duration.ofSeconds(5));
            busy.lanes.protect();
            assertThat(busy.status("telegram:update:1")).isEqualTo("DONE");
            assertThat(other.lanes.recover()).isZero();

            releaseSecond.countDown();
            await().atMost(PATIENCE).until(() -> "DONE".equals(busy.status("telegram:update:2")));
        } finally {
            releaseFirst.countDown();
            releaseSecond.countDown();
            busy.close();
            other.close();
        }
        assertThat(busy.handled()).extracting(InboundFixture.Handled::text).containsExactly("first", "second");
        assertThat(other.handled()).isEmpty();
    }

    @Test
    void anEventWhoseDoneCouldNotBeRecordedIsHandedOutAgainByRecovery() {
        MongoTemplate mongo = db.freshTemplate();
        InboundStore failingDone = new InboundStore(mongo) {
            @Override
            int done(java.util.List<Finished> events, Instant now) {
                throw new IllegalStateException("database away");
            }
        };
        InboundFixture first = new InboundFixture(mongo, clock, InboundFixture.FAST, failingDone);
        first.lanes.startWorkers();
        try {
            first.accept("telegram:update:4", "-1", "handled");
            await().atMost(PATIENCE).until(() -> first.handled().size() == 1);
        } finally {
            first.close();
        }
        assertThat(first.status("telegram:update:4")).isEqualTo("PENDING");

        clock.advance(Duration.ofSeconds(11));
        try (InboundFixture restarted = new InboundFixture(mongo, clock, InboundFixture.FAST)) {
            restarted.lanes.start();
            await().atMost(PATIENCE).until(() -> "DONE".equals(restarted.status("telegram:update:4")));
            assertThat(restarted.handled()).extracting(InboundFixture.Handled::eventKey)
                    .containsExactly("telegram:update:4");
        }
    }

    @Test
    void anEventWhoseEveryAttemptStoppedTheProcessIsKeptAsFailedInsteadOfBeingTriedAgain() {
        MongoTemplate mongo = db.freshTemplate();
        InboundStore store = new InboundStore(mongo);
        store.insert(vn.chidoan.core.kernel.chat.Platform.TELEGRAM, "telegram:update:13", "telegram:-1", "-1|boom",
                clock.instant());
        long rev = 0;
        for (int crash = 0; crash < InboundFixture.FAST.maxAttempts(); crash++) {
            rev = InboundStore.rev(store.claim("telegram:update:13", rev, "crashed-" + crash, clock.instant()));
            clock.advance(Duration.ofSeconds(1));
        }

        try (InboundFixture restarted = new InboundFixture(mongo, clock, InboundFixture.FAST)) {
            restarted.lanes.startWorkers();
            assertThat(restarted.lanes.recover()).isEqualTo(1);

            await().atMost(PATIENCE).until(() -> "FAILED".equals(restarted.status("telegram:update:13")));
            assertThat(restarted.handled()).isEmpty();
            assertThat(restarted.raw("telegram:update:13").getString(InboundStore.LAST_ERROR))
                    .contains("3 attempts started and none ended");
        }
    }
}
