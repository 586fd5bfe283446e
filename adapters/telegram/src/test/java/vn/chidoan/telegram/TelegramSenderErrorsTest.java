package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.telegram.Outgoing.GROUP;
import static vn.chidoan.telegram.Outgoing.longText;
import static vn.chidoan.telegram.Outgoing.message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;
import vn.chidoan.telegram.testing.TelegramFixtures;

/** How the sender classifies the Bot API's refusals and failures. */
class TelegramSenderErrorsTest {
    private final FakeBotApi api = FakeBotApi.start();
    private final TelegramHarness harness = new TelegramHarness(api.baseUrl(), api.token());
    private final TelegramSender sender = harness.sender();

    @AfterEach
    void stop() {
        api.close();
    }

    @ParameterizedTest
    @CsvSource({
        "error_403_kicked_from_group.json, Unreachable",
        "error_403_blocked_by_user.json, Unreachable",
        "error_403_cant_initiate_conversation.json, Unreachable",
        "error_400_message_not_modified.json, Failed",
        "error_400_message_to_edit_not_found.json, Failed"})
    void apiErrorsAreClassified(String fixture, String outcome) {
        api.failNextWith("sendMessage", fixture);

        SendOutcome result = sender.send(Outgoing.text(GROUP, "x"));

        assertThat(result.getClass().getSimpleName()).isEqualTo(outcome);
        assertThat(result.toString()).contains(fixtureDescription(fixture));
    }

    @Test
    void whatTheBotApiCouldNeverAcceptFailsWithoutACall() {
        SendOutcome emptyLabel = sender.send(message(GROUP, OutgoingMessage.text(new RichText("x"))
                .withButtons(List.of(List.of(Button.action("", "a:1"))))));
        SendOutcome badEdit = sender.send(message(GROUP, OutgoingMessage.text(new RichText("x")).editing("abc")));
        SendOutcome nothing = sender.send(Outgoing.text(GROUP, "  "));

        assertThat(List.of(emptyLabel, badEdit, nothing)).allSatisfy(
                outcome -> assertThat(outcome).isInstanceOf(SendOutcome.Failed.class));
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void tooManyRequestsWaitsWhatTelegramSays() {
        api.failNextWith("sendMessage", "error_429_retry_after.json");

        assertThat(sender.send(Outgoing.text(GROUP, "x")))
                .isEqualTo(new SendOutcome.RetryAfter(Duration.ofSeconds(41)));
    }

    @Test
    void upgradedGroupMovesToTheNewChat() {
        api.failNextWith("sendMessage", "error_400_group_upgraded.json");

        assertThat(sender.send(Outgoing.text(GROUP, "x")))
                .isEqualTo(new SendOutcome.Moved(new ChatRef(Platform.TELEGRAM, "-1001557912345")));
    }

    @Test
    void migrationIsRecognisedByItsParameterWhateverTheWording() {
        api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat"
                + " was migrated to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-100777}}");

        assertThat(sender.send(Outgoing.text(GROUP, "x")))
                .isEqualTo(new SendOutcome.Moved(new ChatRef(Platform.TELEGRAM, "-100777")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Forbidden: bot was kicked from the supergroup chat",
        "Forbidden: bot was kicked from the channel chat",
        "Forbidden: user is deactivated"})
    void otherWordingsOfUnreachableAreUnreachable(String description) {
        api.failNext("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"" + description + "\"}");

        assertThat(sender.send(Outgoing.text(GROUP, "x")))
                .isEqualTo(new SendOutcome.Unreachable(description));
    }

    @Test
    void otherClientErrorsFailWithTelegramsDescription() {
        api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");

        assertThat(sender.send(Outgoing.text(GROUP, "x")))
                .isEqualTo(new SendOutcome.Failed("400 Bad Request: chat not found"));
    }

    @Test
    void serverErrorsAreTransient() {
        api.failNext("sendMessage", 502, "<html><body>502 Bad Gateway</body></html>");
        api.failNext("sendMessage", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");

        assertThat(sender.send(Outgoing.text(GROUP, "x")))
                .isInstanceOf(SendOutcome.Transient.class);
        assertThat(sender.send(Outgoing.text(GROUP, "x")))
                .isInstanceOf(SendOutcome.Transient.class);
        assertThat(harness.status().reachable()).isFalse();
    }

    @Test
    void refusedConnectionIsTransientAndTheStatusNeverShowsTheToken() {
        api.close();

        SendOutcome outcome = sender.send(Outgoing.text(GROUP, "x"));

        assertThat(outcome).isInstanceOf(SendOutcome.Transient.class);
        assertThat(outcome.toString()).doesNotContain(api.token());
        assertThat(harness.status().reachable()).isFalse();
        assertThat(harness.status().detail()).contains(api.baseUrl()).doesNotContain(api.token());
    }

    @Test
    void retryAfterATransientFailureResumesWithTheUndeliveredParts() {
        String text = longText();
        OutboxEntry entry = message(GROUP, OutgoingMessage.text(new RichText(text)));
        api.succeedNext("sendMessage");
        api.failNext("sendMessage", 502, "<html>502 Bad Gateway</html>");

        SendOutcome first = sender.send(entry);
        SendOutcome retried = sender.send(entry);

        List<RecordedRequest> calls = api.requests("sendMessage");
        assertThat(first).isInstanceOf(SendOutcome.Transient.class);
        assertThat(calls).hasSize(4);
        assertThat(calls.get(2).text()).as("only the failed part is sent again").isEqualTo(calls.get(1).text());
        List<String> delivered = calls.stream().filter(RecordedRequest::succeeded).map(RecordedRequest::text).toList();
        assertThat(String.join("\n", delivered)).isEqualTo(text);
        assertThat(retried).isEqualTo(new SendOutcome.Delivered(calls.get(0).resultMessageId()));
    }

    @Test
    void tooOldButtonPressFailsWithoutRetry() {
        api.failNext("answerCallbackQuery", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
                + "query is too old and response timeout expired or query ID is invalid\"}");

        SendOutcome outcome = sender.send(Outgoing.buttonAnswer("1", null));

        assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
        assertThat(api.requests("answerCallbackQuery")).hasSize(1);
    }


    private static String fixtureDescription(String fixture) {
        return TelegramJson.treeOrNull(TelegramFixtures.api(fixture).getBytes(StandardCharsets.UTF_8))
                .get("description").asText();
    }
}
