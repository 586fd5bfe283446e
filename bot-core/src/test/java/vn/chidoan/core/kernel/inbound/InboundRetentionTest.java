package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Handled events are kept for the retention, then deleted in bounded batches; what is not handled yet stays. */
class InboundRetentionTest extends InboundLanesScenarioTest {
    @Test
    void doneAndFailedEventsPastTheRetentionAreDeletedAndNothingElse() {
        MongoTemplate mongo = db.freshTemplate();
        try (InboundFixture fx = new InboundFixture(mongo, clock, InboundFixture.FAST)) {
            fx.behaving(h -> {
                if (h.text().equals("poison")) {
                    throw new IllegalStateException("cannot handle");
                }
            });
            fx.lanes.start();
            for (int i = 0; i < 5; i++) {
                fx.accept("old:" + i, "-1", "m");
            }
            fx.accept("old:failed", "-1", "poison");
            await().atMost(PATIENCE).until(() -> "FAILED".equals(fx.status("old:failed")));
            await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("old:4")));
            fx.lanes.stop();
            fx.accept("old:pending", "-1", "m");
            clock.advance(Duration.ofDays(31));

            assertThat(fx.lanes.purgeFinished()).isEqualTo(6);

            assertThat(fx.raw("old:0")).isNull();
            assertThat(fx.raw("old:failed")).as("its payload went with it").isNull();
            assertThat(fx.status("old:pending")).isEqualTo("PENDING");
            assertThat(fx.lanes.purgeFinished()).isZero();
        }
    }
}
