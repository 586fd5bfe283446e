package vn.chidoan.core.kernel.inbound;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * The inbound lanes' tests, run on each database by a clock standing at {@link InboundFixture#START}: a
 * fixture with fast settings that a test starts, stopped after it, and a handler's way of waiting.
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
}
