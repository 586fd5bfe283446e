package vn.chidoan.core.kernel.personal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the second pass of erasures ({@link PersonalDataStores#finishErasures}) every {@code erasureCheck}. */
@Component
class ErasureFinisher implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ErasureFinisher.class);

    private final PersonalDataStores stores;
    private final PersonalProperties settings;
    private ScheduledExecutorService thread;

    ErasureFinisher(PersonalDataStores stores, PersonalProperties settings) {
        this.stores = stores;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread worker = new Thread(runnable, "erasure-finisher");
            worker.setDaemon(true);
            return worker;
        });
        long every = settings.erasureCheck().toMillis();
        thread.scheduleWithFixedDelay(this::finishQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void finishQuietly() {
        try {
            int closed = stores.finishErasures();
            if (closed > 0) {
                log.info("closed {} erasure(s) after their second pass", closed);
            }
        } catch (Throwable e) {
            log.warn("the erasures' second pass failed; the next run tries again", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
