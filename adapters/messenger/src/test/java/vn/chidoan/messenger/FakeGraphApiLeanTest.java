package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.messenger.testing.FakeGraphApi;
import vn.chidoan.messenger.testing.RecordedSend;

/**
 * The fake Graph API as a benchmark uses it: of each send it took, only who and when (a province's
 * 75,000 messages would otherwise sit in the heap the benchmark measures); a refused send is kept whole.
 */
class FakeGraphApiLeanTest {

    @Test
    void aLeanFakeKeepsWhoAndWhenOfEachSendItTookAndARefusedSendWhole() {
        try (FakeGraphApi api = FakeGraphApi.start().keepingOnlyWhoAndWhen()) {
            MessengerProperties properties = new MessengerProperties(api.token(), "secret", "verify", api.baseUrl(),
                    "chidoan.test");
            MessengerSender sender = MessengerSenderTest.sender(properties,
                    new MessengerConfiguration().messengerStatus(properties),
                    new MutableClock(Instant.parse("2026-03-26T01:00:00Z")));
            OutgoingMessage notice = OutgoingMessage.text(RichText.plain("Thông báo của Tỉnh đoàn"));

            sender.send(MessengerSenderTest.entry("notice:1", notice, Priority.BULK));
            api.failNextWith("error_613_rate_limit.json");
            sender.send(MessengerSenderTest.entry("notice:2", notice, Priority.BULK));

            assertThat(api.sends()).hasSize(2);
            RecordedSend took = api.sends().get(0);
            assertThat(took.succeeded()).isTrue();
            assertThat(took.recipient()).isEqualTo("24680");
            assertThat(took.at()).isNotNull();
            assertThat(took.message()).as("the message is not kept").isNull();
            assertThat(took.response()).isNull();
            assertThat(api.sends().get(1).text()).isEqualTo("Thông báo của Tỉnh đoàn");
            assertThat(api.sends().get(1).response()).contains("613");
        }
    }
}
