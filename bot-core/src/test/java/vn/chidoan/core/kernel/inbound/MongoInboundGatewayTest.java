package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundGateway.Acceptance;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class MongoInboundGatewayTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(InboundFixture.START);
    private InboundFixture fx;

    private InboundFixture started() {
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

    @Test
    void aReplayedEventIsAcknowledgedAsDuplicateAndHandledOnce() {
        started();

        assertThat(fx.accept("telegram:update:100", "-1", "hello")).isEqualTo(Acceptance.ACCEPTED);
        assertThat(fx.accept("telegram:update:100", "-1", "hello")).isEqualTo(Acceptance.DUPLICATE);
        await().atMost(PATIENCE).until(() -> "DONE".equals(fx.status("telegram:update:100")));
        assertThat(fx.accept("telegram:update:100", "-1", "hello")).isEqualTo(Acceptance.DUPLICATE);

        assertThat(fx.handled()).extracting(InboundFixture.Handled::eventKey).containsExactly("telegram:update:100");
        assertThat(fx.mongo.getCollection(InboundStore.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(fx.raw("telegram:update:100").get(InboundStore.PAYLOAD)).isNull();
        assertThat(fx.count(InboundMetrics.EVENTS, "accepted")).isEqualTo(1);
        assertThat(fx.count(InboundMetrics.EVENTS, "duplicate")).isEqualTo(2);
        assertThat(fx.meters.get(InboundMetrics.HANDLE).tag("platform", "telegram").timer().count()).isEqualTo(1);
    }

    @Test
    void eventsOfOneChatAreHandledOneAtATimeInTheOrderTheyCame() {
        started();
        List<String> chats = List.of("-1", "-2", "-3", "-4", "-5");
        for (int i = 0; i < 100; i++) {
            fx.accept("telegram:update:" + i, chats.get(i % chats.size()), "m" + i);
        }

        await().atMost(PATIENCE).until(() -> fx.handled().size() == 100);

        for (String chat : chats) {
            List<Integer> order = fx.handled().stream().filter(h -> h.chat().equals(chat))
                    .map(h -> Integer.parseInt(h.text().substring(1))).toList();
            assertThat(order).hasSize(20).isSorted();
        }
        assertThat(fx.overlaps).hasValue(0);
    }

    @Test
    void eachEventDecodedFromOnePayloadGetsItsOwnKey() {
        started();

        fx.accept("messenger:batch:1", "-1", "a", "b", "c");

        await().atMost(PATIENCE).until(() -> fx.handled().size() == 3);
        assertThat(fx.handled()).extracting(InboundFixture.Handled::eventKey)
                .containsExactly("messenger:batch:1", "messenger:batch:1#1", "messenger:batch:1#2");
        assertThat(fx.handled()).extracting(InboundFixture.Handled::text).containsExactly("a", "b", "c");
    }

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

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void manyEventsAreAcceptedAndAllHandled() {
        started();

        IntStream.range(0, 300).forEach(i -> fx.accept("telegram:update:" + i, "-" + (i % 37), "m" + i));

        await().atMost(PATIENCE).until(() -> fx.handled().size() == 300);
        assertThat(fx.handled()).extracting(InboundFixture.Handled::eventKey).doesNotHaveDuplicates();
    }
}
