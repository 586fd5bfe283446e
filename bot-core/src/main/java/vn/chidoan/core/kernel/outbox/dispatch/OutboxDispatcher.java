package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxSignal;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Reasons;
import vn.chidoan.core.kernel.outbox.chats.ChatWindows;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;
import vn.chidoan.core.kernel.work.PeriodicJobs;
import vn.chidoan.core.kernel.work.Purges;
import vn.chidoan.core.kernel.work.Worker;
import vn.chidoan.core.kernel.work.WorkerThreads;

/**
 * Sends what the outbox holds: one background loop per {@link PlatformSender} (none if no platform
 * is on), plus housekeeping (the depth gauge, deleting entries that ended past the retention).
 *
 * <p>Delivery is at least once: a dispatcher that crashes after the platform accepted a message but
 * before DELIVERED was written leaves the entry SENDING; when its lease ends the entry is sent again.
 * Everything else (two dispatchers, replays, restarts) sends each key once: DELIVERED is made durable
 * ({@link DeliveryJournal} or {@link Durability}) before the sending thread takes another, so a crash
 * resends at most the messages in flight: a few per platform ({@link OutboxProperties#sendsInFlight()}), each to a different chat.
 */
@Component
public class OutboxDispatcher implements SmartLifecycle, Worker {
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration DEPTH_REFRESH = Duration.ofSeconds(15);

    private final Map<Platform, PlatformLane> lanes = new EnumMap<>(Platform.class);
    private final OutboxStore store;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final OutboxProperties settings;
    private final List<Thread> threads = new ArrayList<>();
    private final PeriodicJobs housekeeping = new PeriodicJobs("outbox-housekeeping", log);
    private volatile boolean running;

    @Autowired
    OutboxDispatcher(List<PlatformSender> senders, OutboxStore store, OutboxChats chats, ChatWindows windows,
            OutboxSignal signal, OutboxMetrics metrics, ApplicationEventPublisher events, Clock clock,
            OutboxProperties settings, ObjectProvider<Durability> durability, ObjectProvider<DeliveryJournal> journal) {
        this(senders, store, chats, windows, signal, metrics, events, clock, settings,
                durability.getIfAvailable(() -> Durability.NONE), journal.getIfAvailable());
    }

    public OutboxDispatcher(List<PlatformSender> senders, OutboxStore store, OutboxChats chats, ChatWindows windows,
            OutboxSignal signal, OutboxMetrics metrics, ApplicationEventPublisher events, Clock clock,
            OutboxProperties settings, Durability durability) {
        this(senders, store, chats, windows, signal, metrics, events, clock, settings, durability, null);
    }

    /**
     * With a {@link DeliveryJournal} (the embedded database), deliveries are recorded through it, and
     * what it holds from before a crash is put back first, before anything can be sent.
     */
    public OutboxDispatcher(List<PlatformSender> senders, OutboxStore store, OutboxChats chats, ChatWindows windows,
            OutboxSignal signal, OutboxMetrics metrics, ApplicationEventPublisher events, Clock clock,
            OutboxProperties settings, Durability durability, DeliveryJournal journal) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
        this.settings = settings;
        if (journal != null) {
            journal.replay(store);
        }
        String owner = "pid" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        OutcomeRecorder outcomes = new OutcomeRecorder(store, chats, signal, metrics, events, clock,
                settings.maxAttempts(), new OutcomeWrites(store, durability, journal));
        for (PlatformSender sender : senders) {
            PlatformLane lane = new PlatformLane(sender, store, outcomes, windows, clock, settings, owner);
            if (lanes.putIfAbsent(sender.platform(), lane) != null) {
                throw new IllegalStateException("two outbox senders for " + sender.platform());
            }
            signal.subscribe(sender.platform(), lane);
        }
    }

    /** One pass over {@code platform}'s due entries by the injected clock; returns how many were tried. */
    public int dispatchDue(Platform platform) {
        PlatformLane lane = lanes.get(platform);
        return lane == null ? 0 : lane.dispatchDue();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        lanes.forEach((platform, lane) -> {
            Thread thread = WorkerThreads.daemon("outbox-" + platform.code())
                    .newThread(() -> lane.run(() -> running));
            thread.start();
            threads.add(thread);
        });
        housekeeping.every("depth", Duration.ZERO, DEPTH_REFRESH, this::refreshDepth);
        housekeeping.every("cleanup", settings.cleanupInterval(), settings.cleanupInterval(), this::purgeEnded);
        if (lanes.isEmpty()) {
            log.info("outbox: no platform sender is on; messages are stored and wait");
        } else {
            log.info("outbox: dispatching on {}", lanes.keySet());
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        lanes.values().forEach(PlatformLane::wake);
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
        housekeeping.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Each platform's sending thread and the housekeeping jobs, while the dispatcher runs. */
    @Override
    public synchronized Map<String, Boolean> running() {
        Map<String, Boolean> alive = new LinkedHashMap<>();
        if (running) {
            threads.forEach(thread -> alive.put(thread.getName(), thread.isAlive()));
            alive.putAll(housekeeping.running());
        }
        return alive;
    }

    void refreshDepth() {
        try {
            metrics.depth(store.countInFlight());
        } catch (RuntimeException e) {
            log.warn("outbox: could not count waiting entries: {}", Reasons.of(e));
        }
    }

    /** Deletes entries that ended (or are held) longer than the retention ago, in bounded batches; returns how many. */
    long purgeEnded() {
        try {
            Instant before = clock.instant().minus(settings.retention());
            long total = Purges.inBatches(settings.cleanupBatch(), batch -> store.purgeEnded(before, batch));
            if (total > 0) {
                log.info("outbox: deleted {} entries that ended more than {} ago", total, settings.retention());
            }
            return total;
        } catch (RuntimeException e) {
            log.warn("outbox: cleanup failed, will try again: {}", Reasons.of(e));
            return 0;
        }
    }
}
