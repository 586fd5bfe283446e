package vn.chidoan.core.features.meeting;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.work.PeriodicJobs;
import vn.chidoan.core.kernel.work.Worker;

/**
 * Runs every {@link MeetingSweep} each {@code chidoan.meetings.tick-interval}; the claims live in the
 * sweeps. One sweep that throws (anything) does not keep the others, or the next tick, from running.
 */
@Component
class MeetingTicker implements SmartLifecycle, Worker {
    private static final Logger log = LoggerFactory.getLogger(MeetingTicker.class);

    private final List<MeetingSweep> sweeps;
    private final MeetingProperties properties;
    private final PeriodicJobs thread = new PeriodicJobs("meeting-ticker", log);

    MeetingTicker(List<MeetingSweep> sweeps, MeetingProperties properties) {
        this.sweeps = List.copyOf(sweeps);
        this.properties = properties;
    }

    void tick() {
        for (MeetingSweep sweep : sweeps) {
            PeriodicJobs.guarded(log, "meetings: " + sweep.getClass().getSimpleName(), sweep::sweep).run();
        }
    }

    @Override
    public synchronized void start() {
        if (!thread.isRunning()) {
            thread.every("tick", properties.tickInterval(), properties.tickInterval(), this::tick);
        }
    }

    @Override
    public synchronized void stop() {
        thread.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return thread.isRunning();
    }

    @Override
    public Map<String, Boolean> running() {
        return thread.running();
    }
}
