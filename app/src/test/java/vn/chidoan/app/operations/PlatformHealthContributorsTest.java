package vn.chidoan.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.PlatformStatus;

/** The health endpoint as the app configures it, with two platforms' status beans. */
class PlatformHealthContributorsTest {
    private final AtomicBoolean telegramReachable = new AtomicBoolean(true);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HealthContributorRegistryAutoConfiguration.class,
                    HealthEndpointAutoConfiguration.class))
            .withBean("telegramStatus", PlatformStatus.class,
                    () -> status(Platform.TELEGRAM, telegramReachable, "@chidoan_bot via api.telegram.org"))
            .withBean("messengerStatus", PlatformStatus.class,
                    () -> status(Platform.MESSENGER, new AtomicBoolean(false), "HTTP 500 from the Graph API"))
            .withUserConfiguration(PlatformHealthContributors.class);

    @Test
    void eachPlatformIsAHealthComponentNamedByItsCodeWithItsDetail() {
        runner.run(context -> {
            HealthEndpoint health = context.getBean(HealthEndpoint.class);

            IndicatedHealthDescriptor telegram = (IndicatedHealthDescriptor) health.healthForPath("telegram");
            assertThat(telegram.getStatus()).isEqualTo(Status.UP);
            assertThat(telegram.getDetails()).containsEntry("detail", "@chidoan_bot via api.telegram.org");

            IndicatedHealthDescriptor messenger = (IndicatedHealthDescriptor) health.healthForPath("messenger");
            assertThat(messenger.getStatus()).isEqualTo(Status.DOWN);
            assertThat(messenger.getDetails()).containsEntry("detail", "HTTP 500 from the Graph API");
        });
    }

    @Test
    void platformHealthIsReadAtEachCall() {
        runner.run(context -> {
            HealthEndpoint health = context.getBean(HealthEndpoint.class);
            assertThat(health.healthForPath("telegram").getStatus()).isEqualTo(Status.UP);
            telegramReachable.set(false);
            assertThat(health.healthForPath("telegram").getStatus()).isEqualTo(Status.DOWN);
        });
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
