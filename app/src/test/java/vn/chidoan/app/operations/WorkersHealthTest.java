package vn.chidoan.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import vn.chidoan.core.kernel.work.Worker;

/** The workers' health: UP while every worker runs, DOWN naming any that stopped. */
class WorkersHealthTest {

    private static Health healthOf(Worker... workers) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (int i = 0; i < workers.length; i++) {
            beans.registerSingleton("worker" + i, workers[i]);
        }
        return new WorkersHealth(beans.getBeanProvider(Worker.class)).health(true);
    }

    @Test
    void everyWorkerRunningIsUp() {
        Health health = healthOf(() -> Map.of("inbound-lane-0", true, "inbound-lane-1", true),
                () -> Map.of("outbox-telegram", true));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("running", 3);
    }

    @Test
    void aWorkerThatStoppedMakesItDownAndIsNamed() {
        Health health = healthOf(() -> Map.of("inbound-lane-0", true),
                () -> Map.of("outbox-telegram", false, "outbox-housekeeping: cleanup", true));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("stopped", List.of("outbox-telegram"));
    }

    @Test
    void workersStoppedOnPurposeSayNothing() {
        assertThat(healthOf(Map::of).getStatus()).isEqualTo(Status.UP);
    }
}
