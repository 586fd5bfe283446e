package vn.chidoan.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this JVM while a benchmark's measured part runs, against the idle app just before (after a
 * full collection). Three figures, because used heap between collections says little: the young
 * generation fills with garbage up to whatever the collector allows (hundreds of MB in a 1 GB heap) before
 * it is collected, so its peak follows the heap's size and the collector, not what the app keeps.
 * <ul>
 * <li><b>kept</b>: the highest heap after any collection during the run. After a young collection that
 * is what survived it plus old objects not yet found dead, so an upper bound of what was live then; the
 * figure the target "heap peak above idle" is about.</li>
 * <li><b>live at a full collection</b>: with {@code -Dbench.heap-probe-ms=N} a full collection every N
 * ms, whose result is exactly what was reachable (it slows the run; off by default).</li>
 * <li><b>used between collections</b>: sampled every 20 ms, garbage included (what earlier rows of
 * docs/BENCHMARKS.md reported as "heap peak").</li>
 * </ul>
 */
final class HeapWatch implements AutoCloseable {
    private static final long PROBE_MS = Long.getLong("bench.heap-probe-ms", 0);

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final long idle;
    private final AtomicLong used;
    private final AtomicLong kept;
    private final AtomicLong live;
    private final AtomicInteger collections = new AtomicInteger();
    private final AtomicInteger full = new AtomicInteger();
    private final List<Runnable> stops = new ArrayList<>();
    private long after;

    private HeapWatch() {
        System.gc();
        idle = usedNow();
        used = new AtomicLong(idle);
        kept = new AtomicLong(idle);
        live = new AtomicLong(idle);
        NotificationListener listener = this::collected;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) collector;
            emitter.addNotificationListener(listener, null, null);
            stops.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException gone) {
                    // nothing to remove
                }
            });
        }
        every(20, () -> used.accumulateAndGet(usedNow(), Math::max), "heap-sampler");
        if (PROBE_MS > 0) {
            every(PROBE_MS, System::gc, "heap-probe");
        }
    }

    /** Collects, takes the idle heap and starts watching. */
    static HeapWatch start() {
        return new HeapWatch();
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        long afterGc = heap(info.getGcInfo().getMemoryUsageAfterGc());
        collections.incrementAndGet();
        kept.accumulateAndGet(afterGc, Math::max);
        if (info.getGcAction().contains("major")) {
            full.incrementAndGet();
            live.accumulateAndGet(afterGc, Math::max);
        }
    }

    private long heap(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    private void every(long millis, Runnable action, String name) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                action.run();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        stops.add(thread::interrupt);
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Stops watching, then collects and takes the heap left after the run. */
    @Override
    public void close() {
        stops.forEach(Runnable::run);
        System.gc();
        after = usedNow();
    }

    /** The figures, one line. */
    String report() {
        String probe = PROBE_MS > 0 ? String.format("; live at a full collection (every %d ms, %d of them) peak %d MB"
                + " (+%d MB)", PROBE_MS, full.get(), mb(live.get()), mb(live.get() - idle)) : "";
        return String.format("heap: idle %d MB; kept (after each of %d collections) peak %d MB (+%d MB)%s; used between"
                + " collections (garbage included) peak %d MB (+%d MB); after the run %d MB (+%d MB)", mb(idle),
                collections.get(), mb(kept.get()), mb(kept.get() - idle), probe, mb(used.get()), mb(used.get() - idle),
                mb(after), mb(after - idle));
    }

    static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
