package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.PlatformStatus;
import vn.chidoan.core.kernel.inbound.InboundDecoder;
import vn.chidoan.core.kernel.inbound.InboundGateway;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.testing.RecordingGateway;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.telegram.testing.FakeBotApi;

class TelegramConfigurationTest {
    private final FakeBotApi api = FakeBotApi.start();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(TelegramConfiguration.class, TelegramWebhookServlet.class)
            .withBean(Texts.class)
            .withBean(InboundGateway.class, RecordingGateway::new)
            .withPropertyValues("chidoan.telegram.api-url=" + api.baseUrl());

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void withoutATokenTelegramStaysOff() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(PlatformSender.class).doesNotHaveBean(InboundDecoder.class)
                    .doesNotHaveBean(TelegramPolling.class).doesNotHaveBean(TelegramStartup.class);
        });
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void anEmptyTokenIsNoToken() {
        runner.withPropertyValues("chidoan.telegram.token=  ").run(context ->
                assertThat(context).doesNotHaveBean(PlatformSender.class));
    }

    @Test
    void withATokenTelegramIsOnAndPollsByDefault() {
        runner.withPropertyValues("chidoan.telegram.token=" + api.token()).run(context -> {
            assertThat(context).hasSingleBean(PlatformSender.class).hasSingleBean(InboundDecoder.class)
                    .hasSingleBean(DeepLinks.class).hasSingleBean(PlatformStatus.class)
                    .hasSingleBean(TelegramPolling.class).doesNotHaveBean(TelegramWebhookServlet.class);
            assertThat(api.requests("getMe")).hasSize(1);
        });
    }

    @Test
    void webhookModeWithoutASecretDoesNotStart() {
        runner.withPropertyValues("chidoan.telegram.token=" + api.token(), "chidoan.telegram.mode=webhook")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseMessage("chidoan.telegram.webhook-secret must be set in webhook mode"));
    }

    @Test
    void unreachableApiAtStartIsLoggedNotFatal() {
        api.close();

        runner.withPropertyValues("chidoan.telegram.token=" + api.token(), "chidoan.telegram.mode=webhook",
                "chidoan.telegram.webhook-secret=s", "chidoan.telegram.username=ChiDoanBot").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(PlatformStatus.class).reachable()).isFalse();
                    assertThat(context.getBean(PlatformStatus.class).detail()).contains(api.baseUrl(), "@ChiDoanBot")
                            .doesNotContain(api.token());
                    assertThat(context.getBean(DeepLinks.class).startLink("abc"))
                            .contains("https://t.me/ChiDoanBot?start=abc");
                });
    }
}
