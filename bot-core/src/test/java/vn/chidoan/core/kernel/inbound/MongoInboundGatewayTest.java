package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.inbound.InboundGateway.Acceptance;

/** The inbound gateway on the database: each event stored once under its key, one chat's events handled in order. */
class MongoInboundGatewayTest extends InboundLanesScenarioTest {
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
    void manyEventsAreAcceptedAndAllHandled() {
        started();

        IntStream.range(0, 300).forEach(i -> fx.accept("telegram:update:" + i, "-" + (i % 37), "m" + i));

        await().atMost(PATIENCE).until(() -> fx.handled().size() == 300);
        assertThat(fx.handled()).extracting(InboundFixture.Handled::eventKey).doesNotHaveDuplicates();
    }
}
