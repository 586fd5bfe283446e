package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.telegram.Outgoing.GROUP;
import static vn.chidoan.telegram.Outgoing.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatPoll;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/** A native poll goes out with sendPoll (delivered with its poll id) and is stopped with stopPoll. */
class TelegramPollTest {
    private final FakeBotApi api = FakeBotApi.start();
    private final TelegramSender sender = new TelegramHarness(api.baseUrl(), api.token()).sender();
    private final ChatPoll poll = new ChatPoll("Đi dã ngoại ở đâu?", List.of("Huế", "Đà Nẵng", "Hội An"), true,
            false, false);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aPollIsSentWithItsOptionsAndDeliveredWithThePollsOwnId() {
        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.poll(poll)));

        RecordedRequest sent = api.requests("sendPoll").get(0);
        assertThat(sent.chatId()).isEqualTo("-1001234567890");
        assertThat(sent.param("question")).isEqualTo("Đi dã ngoại ở đâu?");
        assertThat(FakeBotApiJson.texts(sent.param("options"))).containsExactly("Huế", "Đà Nẵng", "Hội An");
        assertThat(sent.param("is_anonymous")).isEqualTo("false");
        assertThat(sent.param("allows_multiple_answers")).isEqualTo("true");
        JsonNode result = FakeBotApiJson.result(sent);
        assertThat(outcome).isEqualTo(new SendOutcome.Delivered(sent.resultMessageId(),
                result.at("/poll/id").asText()));
        assertThat(result.at("/poll/id").asText()).startsWith("fake-poll-");
    }

    @Test
    void aClosedPollEditingTheSentOneStopsItAndAStoppedOneCountsAsStopped() {
        SendOutcome sent = sender.send(message(GROUP, OutgoingMessage.poll(poll)));
        String messageId = ((SendOutcome.Delivered) sent).messageId();

        SendOutcome stopped = sender.send(message(GROUP, OutgoingMessage.poll(poll.stopped()).editing(messageId)));
        SendOutcome again = sender.send(message(GROUP, OutgoingMessage.poll(poll.stopped()).editing(messageId)));

        assertThat(api.requests("stopPoll")).hasSize(2).allSatisfy(r -> assertThat(r.param("message_id"))
                .isEqualTo(messageId));
        assertThat(api.requests("stopPoll").get(1).status()).as("Telegram refuses the second").isEqualTo(400);
        assertThat(stopped).isEqualTo(new SendOutcome.Delivered(messageId));
        assertThat(again).isEqualTo(new SendOutcome.Delivered(messageId));
        assertThat(api.requests("sendPoll")).hasSize(1);
    }

    @Test
    void stoppingAPollThatWasNeverSentFails() {
        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.poll(poll.stopped()).editing("424242")));

        assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
    }

    /** Reading the fake's JSON answers. */
    private static final class FakeBotApiJson {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper();

        static List<String> texts(String options) {
            try {
                List<String> texts = new java.util.ArrayList<>();
                JSON.readTree(options).forEach(o -> texts.add(o.isTextual() ? o.asText() : o.path("text").asText()));
                return texts;
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }

        static JsonNode result(RecordedRequest request) {
            try {
                return JSON.readTree(request.response()).get("result");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
