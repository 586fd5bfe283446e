package vn.chidoan.core.features.meeting;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.work.WorkerThreads;

/** Runs every {@link MeetingSweep} each {@code chidoan.meetings.tick-interval}; the claims live in the sweeps. */
@Component
class MeetingTicker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(MeetingTicker.class);

    private final List<MeetingSweep> sweeps;
    private final MeetingProperties properties;
    private ScheduledExecutorService executor;

    MeetingTicker(List<MeetingSweep> sweeps, MeetingProperties properties) {
        this.sweeps = List.copyOf(sweeps);
        this.properties = properties;
    }

    void tick() {
        for (MeetingSweep sweep : sweeps) {
            try {
                sweep.sweep();
            } catch (RuntimeException e) {
                log.warn("meetings: {} failed, next tick tries again", sweep.getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemon("meeting-ticker"));
        long every = properties.tickInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
