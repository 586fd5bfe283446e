package vn.chidoan.app.operations;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.work.Worker;

/**
 * The {@code workers} health component: UP while every long-lived worker of the core (inbound lanes,
 * outbox dispatchers, the fan-out, housekeeping and periodic jobs) runs, DOWN naming the ones that do
 * not. A worker survives what one item throws, so one that stopped is a fault to look into.
 */
@Component("workersHealthIndicator")
class WorkersHealth extends AbstractHealthIndicator {
    private final ObjectProvider<Worker> workers;

    WorkersHealth(ObjectProvider<Worker> workers) {
        super("workers health check failed");
        this.workers = workers;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Boolean> running = new TreeMap<>();
        workers.orderedStream().forEach(worker -> running.putAll(worker.running()));
        List<String> stopped = running.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        (stopped.isEmpty() ? builder.up() : builder.down().withDetail("stopped", stopped))
                .withDetail("running", running.size() - stopped.size());
    }
}
