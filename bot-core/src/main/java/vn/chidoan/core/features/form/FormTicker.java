package vn.chidoan.core.features.form;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.work.WorkerThreads;

/**
 * Runs the owed count edits every {@code chidoan.forms.tick-interval}; whatever one run throws is logged
 * and the next run tries again (the claims live in {@link CountsEdits}).
 */
@Component
class FormTicker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FormTicker.class);

    private final CountsEdits edits;
    private final FormProperties properties;
    private ScheduledExecutorService executor;

    FormTicker(CountsEdits edits, FormProperties properties) {
        this.edits = edits;
        this.properties = properties;
    }

    void tick() {
        try {
            edits.sweep();
        } catch (Throwable e) { // a scheduled job that throws is never run again
            log.warn("forms: count edits failed, next tick tries again", e);
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemon("form-ticker"));
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
