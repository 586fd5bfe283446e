package vn.chidoan.app.e2e;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.SendOutcome;

/**
 * Telegram's pace with a tenth of its one-second gap between two messages to one person, so that a
 * scenario's turns in a private chat do not each wait out a second (most of an end-to-end scenario's
 * time). Everything else stays as shipped: the 30 a second overall and the 20 a minute to a group, which
 * the fake Bot API enforces with real 429s, and the sender itself. The gap Telegram asks for is the
 * sender's own ({@code TelegramSenderTest}); the pacer keeping any gap is {@code OutboxPacingTest}'s.
 */
@TestConfiguration(proxyBeanMethods = false)
class BriskPrivatePace {
    static final Duration PRIVATE_GAP = Duration.ofMillis(100);

    @Bean
    static BeanPostProcessor briskTelegramPrivatePace() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PlatformSender sender && sender.platform() == Platform.TELEGRAM
                        ? brisk(sender) : bean;
            }
        };
    }

    private static PlatformSender brisk(PlatformSender shipped) {
        PlatformSender.Pacing pace = shipped.pacing();
        PlatformSender.Pacing brisk = new PlatformSender.Pacing(pace.overall(), chat -> {
            PlatformSender.Limit limit = pace.perChat().apply(chat);
            return limit.count() == 1 && limit.per().equals(Duration.ofSeconds(1))
                    ? new PlatformSender.Limit(1, PRIVATE_GAP) : limit;
        });
        return new PlatformSender() {
            @Override
            public Platform platform() {
                return shipped.platform();
            }

            @Override
            public SendOutcome send(OutboxEntry entry) {
                return shipped.send(entry);
            }

            @Override
            public PlatformSender.Pacing pacing() {
                return brisk;
            }
        };
    }
}
