package vn.chidoan.app.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: request {@code i} is due at {@code start + i / rate}, whatever became of the
 * others, and its answer time is counted from when it was due, not from when a client got round to
 * sending it — a server that falls behind makes the clients late, and that lateness is in the figure
 * (the flood's closed loop of busy connections measures capacity; this measures the answer time at a
 * given rate). A 503 is sent again {@code busyPauseMs} later, as Telegram would, and its update's
 * answer time runs until the 200.
 */
final class SteadyRate {
    /** Each request's answer time from when it was due, in ns; how many 503s; the seconds it took. */
    record Result(long[] nanos, int busy, double seconds) {
    }

    private SteadyRate() {
    }

    static Result run(URI webhook, byte[][] requests, int perSecond, int clients, long busyPauseMs)
            throws Exception {
        int count = requests.length;
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        ExecutorService pool = LeanClient.threads(clients, "bench-client-steady-");
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime() + 50_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                try (LeanClient http = new LeanClient(webhook)) {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long due = start + i * interval;
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        int status = http.post(requests[i]);
                        while (status == 503) {
                            busy.incrementAndGet();
                            Thread.sleep(busyPauseMs);
                            status = http.post(requests[i]);
                        }
                        if (status != 200) {
                            throw new IllegalStateException("webhook answered " + status);
                        }
                        nanos[i] = System.nanoTime() - due;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new Result(nanos, busy.get(), (System.nanoTime() - start) / 1e9);
    }
}
