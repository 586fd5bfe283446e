package vn.chidoan.core.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.inbound.InboundGateway;
import vn.chidoan.core.kernel.inbound.InboundProperties;
import vn.chidoan.core.kernel.inbound.MongoInboundGateway;
import vn.chidoan.core.kernel.pipeline.InboundHandler;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;
import vn.chidoan.core.kernel.outbox.dispatch.OutboxDispatcher;

/** The outbox and inbound beans start from component scanning alone, with or without settings. */
class OutboxAndInboundWiringTest {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = {Outbox.class, InboundGateway.class})
    static class Scan {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Scan.class)
            .withBean(MongoTemplate.class, Database.EMBEDDED::freshTemplate)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(Texts.class, Texts::new)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(InboundHandler.class, () -> (String key, Inbound event) -> { });

    @Test
    void theBeansStartWithNoConfigurationAndNoPlatformOn() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(MongoOutbox.class).hasSingleBean(OutboxChats.class)
                    .hasSingleBean(OutboxDispatcher.class).hasSingleBean(MongoInboundGateway.class);
            assertThat(context.getBean(OutboxProperties.class).maxAttempts()).isEqualTo(12);
            assertThat(context.getBean(InboundProperties.class).lanes()).isEqualTo(4);
            assertThat(context.getBean(OutboxDispatcher.class).isRunning()).isTrue();
        });
    }

    @Test
    void settingsAreReadFromProperties() {
        runner.withPropertyValues("chidoan.outbox.max-attempts=5", "chidoan.outbox.retention=7d",
                "chidoan.inbound.lanes=2").run(context -> {
                    assertThat(context.getBean(OutboxProperties.class).maxAttempts()).isEqualTo(5);
                    assertThat(context.getBean(OutboxProperties.class).retention()).isEqualTo(Duration.ofDays(7));
                    assertThat(context.getBean(OutboxProperties.class).lease()).isEqualTo(Duration.ofSeconds(60));
                    assertThat(context.getBean(InboundProperties.class).lanes()).isEqualTo(2);
                });
    }
}
