package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.telegram.testing.TelegramFixtures;

/** The webhook reads an update's envelope from its tokens, polling from its tree: both find the same. */
class UpdateEnvelopeTest {

    @Test
    void theBodysTokensGiveTheEnvelopeTheTreeGivesForEveryRecordedUpdate() {
        List<String> names = TelegramFixtures.updateNames();
        assertThat(names).hasSizeGreaterThan(20);
        for (String name : names) {
            byte[] body = TelegramFixtures.update(name).getBytes(StandardCharsets.UTF_8);
            assertThat(UpdateEnvelope.of(body)).as(name).isNotNull()
                    .isEqualTo(UpdateEnvelope.of(TelegramJson.treeOrNull(body)));
        }
    }

    @Test
    void aButtonPressGoesToTheLaneOfTheChatItsMessageIsIn() {
        assertThat(envelope("{\"update_id\":5,\"callback_query\":{\"id\":\"q\",\"from\":{\"id\":11},"
                + "\"message\":{\"message_id\":3,\"chat\":{\"id\":-42}},\"data\":\"x\"}}"))
                .isEqualTo(new UpdateEnvelope("telegram:update:5", "telegram:-42"));
    }

    @Test
    void anUpdateWithoutChatGoesToItsUsersLaneOrElseTheSharedOne() {
        assertThat(envelope("{\"update_id\":6,\"poll_answer\":{\"poll_id\":\"p\",\"user\":{\"id\":77}}}"))
                .isEqualTo(new UpdateEnvelope("telegram:update:6", "telegram:77"));
        assertThat(envelope("{\"update_id\":7,\"poll\":{\"id\":\"p\",\"options\":[{\"text\":\"a\"}]}}"))
                .isEqualTo(new UpdateEnvelope("telegram:update:7", UpdateEnvelope.NO_CHAT_LANE));
    }

    @Test
    void whatIsNoUpdateHasNoEnvelopeEitherWay() {
        for (String body : List.of("", "null", "[]", "42", "{}", "{\"update_id\":\"7\"}", "{\"update_id\":7.5}",
                "{\"update_id\":{\"id\":1}}", "{\"update_id\":7,\"message\":", "{\"update_id\":7,,}", "not json")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            assertThat(UpdateEnvelope.of(bytes)).as(body).isNull();
            assertThat(UpdateEnvelope.of(TelegramJson.treeOrNull(bytes))).as(body).isNull();
        }
    }

    @Test
    void idsThatAreNoWholeNumbersAreNotLanes() {
        String body = "{\"update_id\":8,\"message\":{\"chat\":{\"id\":\"-1\"},\"from\":{\"id\":12}}}";
        assertThat(envelope(body)).isEqualTo(new UpdateEnvelope("telegram:update:8", "telegram:12"))
                .isEqualTo(UpdateEnvelope.of(TelegramJson.treeOrNull(body.getBytes(StandardCharsets.UTF_8))));
    }

    private static UpdateEnvelope envelope(String body) {
        return UpdateEnvelope.of(body.getBytes(StandardCharsets.UTF_8));
    }
}
