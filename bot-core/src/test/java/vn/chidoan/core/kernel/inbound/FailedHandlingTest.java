package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundGateway.Acceptance;

/**
 * An event whose handling fails is tried again and then kept as FAILED, with its error and payload, and the
 * chat's next event is handled all the same; one nobody can decode is kept as FAILED at once.
 */
class FailedHandlingTest extends InboundLanesScenarioTest {
    @Test
    void aHandlerThatKeepsFailingIsTriedThreeTimesThenKeptAsFailed() {
        started().behaving(h -> {
            throw new IllegalStateException("database is down");
        });

        fx.accept("telegram:update:5", "-1", "x");

        await().atMost(PATIENCE).until(() -> "FAILED".equals(fx.status("telegram:update:5")));
        assertThat(fx.handled()).hasSize(3);
        assertThat(fx.raw("telegram:update:5").getString(InboundStore.LAST_ERROR))
                .isEqualTo("IllegalStateException: database is down");
        assertThat(fx.raw("telegram:update:5").getString(InboundStore.PAYLOAD)).isEqualTo("-1|x");
        assertThat(fx.count(InboundMetrics.PROCESSED, "failed")).isEqualTo(1);
    }

    @Test
    void anErrorThrownWhileHandlingIsAFailedAttemptAndTheChatsNextEventIsStillHandled() {
        started().behaving(h -> {
            if (h.text().equals("poison")) {
                throw new StackOverflowError("deep recursion in a handler");
            }
        });

        fx.accept("telegram:update:7", "-1", "poison");
        fx.accept("telegram:update:8", "-1", "next");

        await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("telegram:update:8")));
        await().atMost(PATIENCE).until(() -> "FAILED".equals(fx.status("telegram:update:7")));
        assertThat(fx.raw("telegram:update:7").getString(InboundStore.LAST_ERROR))
                .isEqualTo("StackOverflowError: deep recursion in a handler");
        assertThat(fx.handled()).extracting(InboundFixture.Handled::text)
                .containsExactly("poison", "poison", "poison", "next");
    }

    @Test
    void aHandlerThatFailsOnceSucceedsOnTheNextTry() {
        started().behaving(h -> {
            if (fx.handled().size() == 1) {
                throw new IllegalStateException("transient");
            }
        });

        fx.accept("telegram:update:6", "-1", "x");

        await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("telegram:update:6")));
        assertThat(fx.handled()).hasSize(2);
        assertThat(fx.raw("telegram:update:6").getInteger(InboundStore.ATTEMPTS)).isEqualTo(2);
        assertThat(fx.count(InboundMetrics.PROCESSED, "done")).isEqualTo(1);
    }

    @Test
    void aPayloadItsDecoderCannotReadIsKeptAsFailedAtOnceWithoutAnError() {
        started();
        int mark = vn.chidoan.core.testing.LogRecorder.mark();

        fx.gateway.accept(Platform.TELEGRAM, "telegram:update:9", "telegram:-1", "{\"update_id\":9,\"message\":7}");

        await().atMost(PATIENCE).until(() -> "FAILED".equals(fx.status("telegram:update:9")));
        assertThat(fx.raw("telegram:update:9").getString(InboundStore.LAST_ERROR)).startsWith("undecodable: ");
        assertThat(fx.raw("telegram:update:9").getInteger(InboundStore.ATTEMPTS)).isEqualTo(1);
        assertThat(fx.accept("telegram:update:10", "-1", "next")).isEqualTo(Acceptance.ACCEPTED);
        await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("telegram:update:10")));
        // only now: the lane logs after it records FAILED, and the next event of its chat comes after both
        assertThat(vn.chidoan.core.testing.LogRecorder.errorsSince(mark)).isEmpty();
    }

    @Test
    void anEventOfAPlatformWithoutDecoderIsKeptAsFailed() {
        started();

        fx.gateway.accept(Platform.MESSENGER, "messenger:mid:1", "messenger:psid", "{}");

        await().atMost(PATIENCE).until(() -> "FAILED".equals(fx.status("messenger:mid:1")));
        assertThat(fx.raw("messenger:mid:1").getString(InboundStore.LAST_ERROR)).isEqualTo("no decoder");
        assertThat(fx.handled()).isEmpty();
    }
}
