package vn.chidoan.app.operations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PlatformStatus;

/**
 * Registers one health component per {@link PlatformStatus} bean, named by its platform code
 * ({@code telegram}, {@code messenger}): UP while the platform's API answers, with its detail.
 */
@Component
class PlatformHealthContributors {

    PlatformHealthContributors(HealthContributorRegistry registry, ObjectProvider<PlatformStatus> statuses) {
        statuses.orderedStream().forEach(status -> registry.registerContributor(status.platform().code(),
                indicator(status)));
    }

    static HealthIndicator indicator(PlatformStatus status) {
        return () -> (status.reachable() ? Health.up() : Health.down())
                .withDetail("detail", status.detail())
                .build();
    }
}
