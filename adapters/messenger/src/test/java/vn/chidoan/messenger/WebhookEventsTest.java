package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.messenger.testing.MessengerFixtures;

/** Each event of a batch is stored on its own, under a key that makes a replay harmless. */
class WebhookEventsTest {

    @Test
    void aMessageIsKeyedByItsMidAndLanedByItsSender() {
        assertThat(WebhookEvents.of(MessengerFixtures.webhook("text.json"))).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo("messenger:mid:mid.$cAADm2iMEJj1j7L7SdFdu3mLQhvHK");
            assertThat(event.lane()).isEqualTo("messenger:1760201240671751");
        });
    }

    @Test
    void whatHasNoMidIsKeyedBySenderAndTimestamp() {
        assertThat(WebhookEvents.of(MessengerFixtures.webhook("postback_with_referral.json")))
                .extracting(WebhookEvents.Event::key)
                .containsExactly("messenger:postback:1031304140280126:1472712592576");
        assertThat(WebhookEvents.of(MessengerFixtures.webhook("referral_mme.json"))).extracting(WebhookEvents.Event::key)
                .containsExactly("messenger:referral:1282081671850626:1497966635090");
        assertThat(WebhookEvents.of(MessengerFixtures.webhook("messaging_optins.json")))
                .extracting(WebhookEvents.Event::key).containsExactly("messenger:optin:1066835436691078:1461167227231");
    }

    @Test
    void aBatchOfTwoEntriesGivesItsThreeMessagesEachAsABodyOfItsOwn() {
        var events = WebhookEvents.of(MessengerFixtures.webhook("batch.json"));

        assertThat(events).extracting(WebhookEvents.Event::key).containsExactly(
                "messenger:mid:mid.$cAADXuZMmdtFoCU4cjlh2AjUBM2Xp", "messenger:mid:mid.$cAADXuZMmdtFoCU6Jn1h2AlArVJt2",
                "messenger:mid:mid.$cAADXuZMmdtFoCU6jilh2Ala6aTrA");
        assertThat(events.get(1).payload()).startsWith("{\"object\":\"page\",\"entry\":[{\"id\":\"155365675175754\"")
                .contains("\"welcome\"").doesNotContain("\"text\":\"text\"", "delivery");
    }

    @Test
    void receiptsAndEchoesAreNotStored() {
        assertThat(WebhookEvents.of(MessengerFixtures.webhook("message_deliveries.json"))).isEmpty();
        assertThat(WebhookEvents.of(MessengerFixtures.webhook("message_reads.json"))).isEmpty();
        String echo = "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\"1\"},"
                + "\"recipient\":{\"id\":\"2\"},\"timestamp\":3,\"message\":{\"is_echo\":true,\"mid\":\"m\",\"text\":\"x\"}}]}]}";
        assertThat(WebhookEvents.of(echo)).isEmpty();
    }

    @Test
    void aBodyThatIsNoPageBatchIsNothing() {
        assertThat(WebhookEvents.of("{not json")).isNull();
        assertThat(WebhookEvents.of("{\"object\":\"instagram\",\"entry\":[]}")).isNull();
        assertThat(WebhookEvents.of("{\"object\":\"page\"}")).isNull();
        assertThat(WebhookEvents.of("")).isNull();
    }

    @Test
    void anEventWhoseSenderOrEchoFlagIsOfAnotherTypeIsNoEvent() {
        String nullSender = "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":null,"
                + "\"timestamp\":3,\"message\":{\"mid\":\"m\",\"text\":\"x\"}}]}]}";
        String objectEcho = "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1,\"messaging\":[{\"sender\":"
                + "{\"id\":\"1\"},\"timestamp\":3,\"message\":{\"is_echo\":{\"x\":true},\"mid\":\"m\",\"text\":\"x\"}}]}]}";

        assertThat(WebhookEvents.of(nullSender)).isEmpty();
        assertThat(WebhookEvents.of(objectEcho)).extracting(WebhookEvents.Event::key).containsExactly("messenger:mid:m");
    }
}
