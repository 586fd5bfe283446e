package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.messenger.testing.MessengerFixtures;
import vn.chidoan.messenger.testing.MessengerWebhooks;

/** Webhook bodies, cut into events as the webhook stores them, into the chat contract. */
class MessengerDecoderTest {
    private final MessengerDecoder decoder = new MessengerDecoder();

    /** Every event of the body, decoded from what the webhook would store for it. */
    private List<Inbound> decode(String body) {
        return WebhookEvents.of(body).stream().flatMap(event -> decoder.decode(event.payload()).stream()).toList();
    }

    private Inbound only(String fixture) {
        List<Inbound> events = decode(MessengerFixtures.webhook(fixture));
        assertThat(events).as(fixture).hasSize(1);
        return events.get(0);
    }

    @Test
    void aTextIsAMessageInThePersonsPrivateChat() {
        Inbound.MessageReceived text = (Inbound.MessageReceived) only("text.json");

        assertThat(text.chat()).isEqualTo(new ChatRef(Platform.MESSENGER, "1760201240671751"));
        assertThat(text.kind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(text.from().ref().key()).isEqualTo("messenger:1760201240671751");
        assertThat(text.from().displayName()).isNull();
        assertThat(text.text()).isEqualTo("test");
        assertThat(text.messageId()).isEqualTo("mid.$cAADm2iMEJj1j7L7SdFdu3mLQhvHK");
    }

    @Test
    void aQuickReplyIsAPressOnTheButtonItsPayloadNames() {
        Inbound.ButtonPressed press = (Inbound.ButtonPressed) only("quick_reply.json");

        assertThat(press.data()).isEqualTo("all-categories");
        assertThat(press.chat().id()).isEqualTo("1760201240671751");
        assertThat(press.callbackId()).isEqualTo("mid.$cAADm2iMEJj1j7MAqcFdu3rjPPAu7");
    }

    @Test
    void aPostbackIsAPressAndItsTimestampStandsForTheCallback() {
        Inbound.ButtonPressed press = (Inbound.ButtonPressed) decode(MessengerWebhooks.postback("psid-9", "Đồng ý",
                "consent:y:K7MNP2QX")).get(0);

        assertThat(press.data()).isEqualTo("consent:y:K7MNP2QX");
        assertThat(press.callbackId()).startsWith("psid-9:");
    }

    @Test
    void anMmeReferralOrOptInRefStartsLikeATelegramDeepLink() {
        assertThat(((Inbound.MessageReceived) only("referral_mme.json")).text()).isEqualTo("/start test-start");
        assertThat(((Inbound.MessageReceived) only("postback_with_referral.json")).text()).isEqualTo("/start test-ref");
        Inbound.MessageReceived optin = (Inbound.MessageReceived) only("messaging_optins.json");
        assertThat(optin.text()).isEqualTo("/start bar");
        assertThat(optin.chat().id()).as("a numeric id of 2016").isEqualTo("1066835436691078");
    }

    @Test
    void theGetStartedButtonAloneIsStart() {
        Inbound.MessageReceived start = (Inbound.MessageReceived) decode(MessengerWebhooks.postback("psid-9",
                "Get Started", MessengerDecoder.GET_STARTED)).get(0);

        assertThat(start.text()).isEqualTo("/start");
    }

    @Test
    void filesAndImagesAreMessagesWithAnAttachment() {
        Inbound.MessageReceived file = (Inbound.MessageReceived) only("attachment_file.json");
        assertThat(file.text()).isEmpty();
        assertThat(file.attachment().kind()).isEqualTo(Attachment.Kind.DOCUMENT);
        assertThat(file.attachment().fileName()).isEqualTo("invoice.pdf");
        assertThat(file.attachment().fileRef()).startsWith("https://cdn.fbsbx.com/");

        Inbound.MessageReceived sticker = (Inbound.MessageReceived) only("attachment_image.json");
        assertThat(sticker.attachment().kind()).isEqualTo(Attachment.Kind.PHOTO);
        assertThat(sticker.attachment().fileRef()).startsWith("https://scontent");
    }

    @Test
    void receiptsGiveNothing() {
        assertThat(decode(MessengerFixtures.webhook("message_reads.json"))).isEmpty();
        assertThat(decode(MessengerFixtures.webhook("message_deliveries.json"))).isEmpty();
    }

    @Test
    void aBatchGivesEachMessageOnceAndNoReceipt() {
        List<Inbound> events = decode(MessengerFixtures.webhook("batch.json"));

        assertThat(events).extracting(e -> ((Inbound.MessageReceived) e).text()).containsExactly("text", "welcome",
                "button");
    }

    @Test
    void aVietnameseTextStaysWhole() {
        String text = "Chào chị, em muốn đăng ký sinh hoạt chi đoàn 🙏";

        assertThat(((Inbound.MessageReceived) decode(MessengerWebhooks.text("psid-1", text, "mid.1")).get(0)).text())
                .isEqualTo(text);
    }
}
