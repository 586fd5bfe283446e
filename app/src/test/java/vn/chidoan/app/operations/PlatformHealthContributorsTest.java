package vn.chidoan.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.DefaultHealthContributorRegistry;
import vn.chidoan.core.chat.Platform;
import vn.chidoan.core.chat.PlatformStatus;

class PlatformHealthContributorsTest {

    @Test
    void eachPlatformStatusBecomesAHealthComponentNamedByItsCode() {
        AtomicBoolean reachable = new AtomicBoolean(true);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("telegramStatus", status(Platform.TELEGRAM, reachable, "@chidoan_bot via api.telegram.org"));
        beans.addBean("messengerStatus", status(Platform.MESSENGER, new AtomicBoolean(false), "HTTP 500"));
        DefaultHealthContributorRegistry registry = new DefaultHealthContributorRegistry();

        new PlatformHealthContributors(registry, beans.getBeanProvider(PlatformStatus.class));

        Health telegram = ((HealthIndicator) registry.getContributor("telegram")).health();
        assertThat(telegram.getStatus()).isEqualTo(Status.UP);
        assertThat(telegram.getDetails()).containsEntry("detail", "@chidoan_bot via api.telegram.org");
        assertThat(((HealthIndicator) registry.getContributor("messenger")).health().getStatus())
                .isEqualTo(Status.DOWN);

        reachable.set(false);
        assertThat(((HealthIndicator) registry.getContributor("telegram")).health().getStatus())
                .as("health is read at each call, not once")
                .isEqualTo(Status.DOWN);
    }

    private static PlatformStatus status(Platform platform, AtomicBoolean reachable, String detail) {
        return new PlatformStatus() {
            @Override
            public Platform platform() {
                return platform;
            }

            @Override
            public boolean reachable() {
                return reachable.get();
            }

            @Override
            public String detail() {
                return detail;
            }
        };
    }
}
