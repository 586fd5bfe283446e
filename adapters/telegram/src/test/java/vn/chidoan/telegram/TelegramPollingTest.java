package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.testing.RecordingGateway;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;
import vn.chidoan.telegram.testing.TelegramFixtures;

class TelegramPollingTest {
    private static final long WAIT_MILLIS = 10_000;

    private final FakeBotApi api = FakeBotApi.start();
    private final RecordingGateway gateway = new RecordingGateway();
    private final TelegramPolling polling = new TelegramPolling(
            new TelegramProperties(api.token(), TelegramProperties.Mode.POLLING, api.baseUrl(), null, null, null),
            gateway);

    @AfterEach
    void stop() {
        polling.stop();
        api.close();
    }

    @Test
    void updateQueuedAtTheApiReachesTheJournalAsTheSameUpdate() throws Exception {
        String fixture = TelegramFixtures.update("group_command.json");
        api.queueUpdate(fixture);

        polling.start();
        List<RecordingGateway.Accepted> accepted = gateway.awaitAccepted(1, WAIT_MILLIS);

        assertThat(accepted).singleElement().satisfies(update -> {
            assertThat(update.platform()).isEqualTo(Platform.TELEGRAM);
            assertThat(update.key()).isEqualTo("telegram:update:272456293");
            assertThat(update.lane()).isEqualTo("telegram:-348651357");
        });
        TelegramDecoder decoder = new TelegramDecoder(BotIdentity.of(1L, "nvt_ssh_bot"));
        assertThat(decoder.decode(accepted.get(0).payload())).isEqualTo(decoder.decode(fixture))
                .singleElement().isInstanceOf(Inbound.MessageReceived.class);
    }

    @Test
    void updatesArriveInOrderAndTheOffsetConfirmsThem() throws Exception {
        api.queueUpdate(TelegramFixtures.update("callback_query_group.json"));
        api.queueUpdate(TelegramFixtures.update("private_text.json"));

        polling.start();
        List<RecordingGateway.Accepted> accepted = gateway.awaitAccepted(2, WAIT_MILLIS);

        assertThat(accepted).extracting(RecordingGateway.Accepted::key)
                .containsExactly("telegram:update:257364106", "telegram:update:306197398");
        List<RecordedRequest> polls = api.awaitRequests("getUpdates", 2, Duration.ofMillis(WAIT_MILLIS));
        assertThat(polls.get(0).param("offset")).isEqualTo("1");
        assertThat(polls.get(1).param("offset")).isEqualTo("306197399");
    }

    @Test
    void journalFailureIsRetriedSoTheUpdateIsNotLost() throws Exception {
        gateway.failNext(1);
        api.queueUpdate(TelegramFixtures.update("private_text.json"));

        polling.start();

        assertThat(gateway.awaitAccepted(1, WAIT_MILLIS)).extracting(RecordingGateway.Accepted::key)
                .containsExactly("telegram:update:306197398");
    }

    @Test
    void aSaturatedInstancePausesPollingUntilTheUpdateIsStoredAndOnlyThenConfirmsIt() throws Exception {
        gateway.busyNext(1);
        api.queueUpdate(TelegramFixtures.update("private_text.json"));

        polling.start();

        assertThat(gateway.awaitAccepted(1, WAIT_MILLIS)).extracting(RecordingGateway.Accepted::key)
                .containsExactly("telegram:update:306197398");
        List<RecordedRequest> polls = api.awaitRequests("getUpdates", 2, Duration.ofMillis(WAIT_MILLIS));
        assertThat(polls.get(1).param("offset")).isEqualTo("306197399");
    }

    @Test
    void stopsCleanly() {
        polling.start();
        assertThat(polling.isRunning()).isTrue();

        polling.stop();

        assertThat(polling.isRunning()).isFalse();
    }
}
