package vn.chidoan.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class InboundRecoveryTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(InboundFixture.START);

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
        MongoTemplate mongo = db.freshTemplate();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        InboundFixture hung = new InboundFixture(mongo, clock, InboundFixture.FAST).behaving(h -> {
            entered.countDown();
            awaitQuietly(release);
        });
        hung.lanes.startWorkers();
        InboundFixture other = new InboundFixture(mongo, clock, InboundFixture.FAST);
        other.lanes.startWorkers();
        try {
            hung.accept("telegram:update:9", "-1", "slow");
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(other.lanes.recover()).isZero();

            clock.advance(Duration.ofSeconds(61));
            assertThat(other.lanes.recover()).isEqualTo(1);

            await().atMost(PATIENCE).until(() -> "DONE".equals(other.status("telegram:update:9")));
            assertThat(other.handled()).hasSize(1);
        } finally {
            release.countDown();
            hung.close();
            other.close();
        }
        assertThat(other.status("telegram:update:9")).isEqualTo("DONE");
    }

    @Test
    void doneEventsPastTheRetentionAreDeletedAndNothingElse() {
        MongoTemplate mongo = db.freshTemplate();
        try (InboundFixture fx = new InboundFixture(mongo, clock, InboundFixture.FAST)) {
            fx.lanes.start();
            for (int i = 0; i < 5; i++) {
                fx.accept("old:" + i, "-1", "m");
            }
            await().atMost(PATIENCE).until(() -> fx.handled().size() == 5);
            await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("old:4")));
            fx.lanes.stop();
            fx.accept("old:pending", "-1", "m");
            clock.advance(Duration.ofDays(31));

            assertThat(fx.lanes.purgeDone()).isEqualTo(5);

            assertThat(fx.raw("old:0")).isNull();
            assertThat(fx.status("old:pending")).isEqualTo("PENDING");
            assertThat(fx.lanes.purgeDone()).isZero();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
