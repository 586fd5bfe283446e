package vn.chidoan.core.testing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.LifecycleProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.pipeline.TypedChoices;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.audience.FanoutWorker;
import vn.chidoan.core.org.audience.FanoutsForTests;

/**
 * What a {@link CoreContext} is made of: the component scan of the core that the app and the sandbox
 * do, the outbox swapped for a {@link RecordingOutbox} (also its read side: what was delivered, which
 * choices a typed number answers) and the templates for {@link RecordingTexts}, and the few things an
 * application gives the core: start links, reminder triggers (the scheduler's), a meter registry.
 *
 * <p>Nothing runs in the background: the workers' lifecycle is never started, fan-outs run to their end
 * on the thread that starts them, and tests drive the periodic work (a sweep, a tick) themselves.
 * Deliberately not a {@code @Configuration}: the app's scan of {@code vn.chidoan} in the app's tests
 * (which have bot-core's test jar) must never take it in.
 */
@ComponentScan(CoreContext.CORE)
@ConfigurationPropertiesScan(CoreContext.CORE)
class CoreTestBeans {

    @Bean
    @Primary
    RecordingOutbox recordingOutbox() {
        return new RecordingOutbox();
    }

    @Bean
    @Primary
    RecordingTexts recordingTexts() {
        return new RecordingTexts();
    }

    /** Numbered choices answered against the last message the recording outbox holds for the chat. */
    @Bean
    @Primary
    TypedChoices recordedTypedChoices(RecordingOutbox outbox) {
        return (eventKey, message) -> {
            List<RecordingOutbox.Sent> sent = TypedChoices.mayAnswer(message) ? outbox.messagesTo(message.chat())
                    : List.of();
            return sent.isEmpty() ? Optional.empty()
                    : TypedChoices.answer(eventKey, message, sent.get(sent.size() - 1).message());
        };
    }

    @Bean
    DeepLinks telegramLinks() {
        return new FakeDeepLinks();
    }

    @Bean
    DeepLinks messengerLinks() {
        return FakeDeepLinks.messenger();
    }

    @Bean
    TestFiles testFiles() {
        return new TestFiles();
    }

    @Bean
    RecordingTriggers recordingTriggers() {
        return new RecordingTriggers();
    }

    @Bean
    PublishedEvents publishedEvents() {
        return new PublishedEvents();
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** In place of the scanned worker (same name): fan-outs run at once, {@code chidoan.test.fanout-slice} branches a slice. */
    @Bean
    FanoutWorker fanoutWorker(MongoTemplate mongo, Clock clock, List<FanoutKind> kinds,
            @Value("${chidoan.test.fanout-slice:" + BranchAudience.SLICE + "}") int slice) {
        return FanoutsForTests.atOnce(mongo, clock, kinds, slice);
    }

    /** Starts no worker at refresh: a test's context has no thread of its own. */
    @Bean
    static LifecycleProcessor lifecycleProcessor() {
        return new LifecycleProcessor() {
            @Override
            public void onRefresh() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void start() {
            }

            @Override
            public void stop() {
            }

            @Override
            public boolean isRunning() {
                return false;
            }
        };
    }
}
