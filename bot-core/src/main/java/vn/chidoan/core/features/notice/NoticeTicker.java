package vn.chidoan.core.features.notice;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.work.WorkerThreads;

/**
 * Runs {@link NoticeProgress#tick} every {@code chidoan.notices.progress-interval} (5 s by default), and
 * never more often than ten times as long as the last tick took: reading a batch's state (counts of index
 * keys, {@code Deliveries#batch}) must not crowd out the sending it reports on.
 */
@Component
class NoticeTicker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(NoticeTicker.class);

    private final NoticeProgress progress;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private long nextAllowed;

    NoticeTicker(NoticeProgress progress, NoticeProperties properties) {
        this.progress = progress;
        this.interval = properties.progressInterval();
    }

    void tick() {
        long start = System.nanoTime();
        if (start - nextAllowed < 0) {
            return;
        }
        try {
            progress.tick();
        } catch (Throwable e) { // the scheduled executor would stop running a task that threw
            log.warn("notices: progress tick failed, the next one tries again", e);
        }
        nextAllowed = start + 10 * (System.nanoTime() - start);
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        nextAllowed = System.nanoTime();
        executor = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemon("notice-progress"));
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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
