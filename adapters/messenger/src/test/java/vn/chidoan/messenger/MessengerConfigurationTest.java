package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.chidoan.core.kernel.inbound.InboundGateway;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.testing.RecordingGateway;
import vn.chidoan.core.kernel.text.Texts;

/** Messenger is on only with a page token; its webhook then needs the app secret and the verify token. */
class MessengerConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(MessengerConfiguration.class, MessengerWebhookController.class)
            .withBean(Texts.class, Texts::new)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(InboundGateway.class, RecordingGateway::new)
            .withPropertyValues("chidoan.messenger.api-url=http://127.0.0.1:9/v23.0");

    @Test
    void withoutAPageTokenNothingOfMessengerExists() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(PlatformSender.class).doesNotHaveBean(MessengerWebhookController.class)
                    .doesNotHaveBean(MessengerDecoder.class);
        });
        runner.withPropertyValues("chidoan.messenger.page-token=  ").run(context ->
                assertThat(context).doesNotHaveBean(PlatformSender.class));
    }

    @Test
    void withAPageTokenAndBothSecretsItIsOn() {
        runner.withPropertyValues("chidoan.messenger.page-token=EAA1", "chidoan.messenger.app-secret=s",
                "chidoan.messenger.verify-token=v").run(context -> {
                    assertThat(context).hasSingleBean(MessengerSender.class).hasSingleBean(MessengerDecoder.class)
                            .hasSingleBean(MessengerWebhookController.class).hasSingleBean(MessengerStatus.class);
                    assertThat(context.getBean(MessengerSender.class).platform().code()).isEqualTo("messenger");
                });
    }

    @Test
    void theWebhookRefusesToStartWithoutItsSecrets() {
        runner.withPropertyValues("chidoan.messenger.page-token=EAA1", "chidoan.messenger.verify-token=v")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("chidoan.messenger.app-secret"));
        runner.withPropertyValues("chidoan.messenger.page-token=EAA1", "chidoan.messenger.app-secret=s")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void theApiDefaultsToTheVersionedPublicGraphApiAndSecretsAreNeverPrinted() {
        MessengerProperties properties = new MessengerProperties("EAA-secret-token", "app-secret", "verify", null, " ");

        assertThat(properties.apiUrl()).isEqualTo(MessengerProperties.PUBLIC_API).startsWith("https://graph.facebook.com/v");
        assertThat(properties.pageUsername()).isNull();
        assertThat(properties.toString()).doesNotContain("EAA-secret-token", "app-secret", "verify");
        assertThat(new MessengerProperties("t", null, null, "http://127.0.0.1:8080/v23.0/", null).apiUrl())
                .isEqualTo("http://127.0.0.1:8080/v23.0");
        assertThat(new MessengerDeepLinks(null).startLink("ABC")).isEmpty();
    }

    @Test
    void theLibrarysUrlsAreRewrittenOntoTheConfiguredBase() {
        GraphHttpClient client = new GraphHttpClient("http://127.0.0.1:8080/v23.0", "T");

        assertThat(client.rewrite("https://graph.facebook.com/v3.2/me/messages?access_token=T"))
                .isEqualTo("http://127.0.0.1:8080/v23.0/me/messages?access_token=T");
    }
}
