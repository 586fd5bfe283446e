package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * The inbound lanes' tests, run on each database by a clock standing at {@link InboundFixture#START}: a
 * fixture with fast settings that a test starts, stopped after it, a handler's way of waiting, and two
 * instances on one database, one of them busy handling.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class InboundLanesScenarioTest {
    static final Duration PATIENCE = Duration.ofSeconds(10);

    @Parameter
    Database db;

    final MutableClock clock = new MutableClock(InboundFixture.START);
    InboundFixture fx;

    InboundFixture started() {
        fx = new InboundFixture(db.freshTemplate(), clock, InboundFixture.FAST);
        fx.lanes.startWorkers();
        return fx;
    }

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Two instances on one database: {@code slow}, whose handler waits for {@code release}, and {@code other}. */
    final class SlowAndOther implements AutoCloseable {
        final MongoTemplate mongo = db.freshTemplate();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        final InboundFixture slow = started(new InboundFixture(mongo, clock, InboundFixture.FAST).behaving(h -> {
            entered.countDown();
            awaitQuietly(release);
        }));
        final InboundFixture other = started(new InboundFixture(mongo, clock, InboundFixture.FAST));

        /** {@code slow} accepts the event and is now handling it. */
        void handling(String key) throws InterruptedException {
            slow.accept(key, "-1", "slow");
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void close() {
            release.countDown();
            slow.close();
            other.close();
        }
    }

    static InboundFixture started(InboundFixture fx) {
        fx.lanes.startWorkers();
        return fx;
    }
}
