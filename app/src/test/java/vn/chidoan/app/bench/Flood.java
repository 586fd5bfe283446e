package vn.chidoan.app.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: each connection posts its next request as soon as the last is answered, so the
 * figure is the server's capacity (the steady phase's open loop, {@link SteadyRate}, measures the answer
 * time at a given rate). A 503 (the lanes are full) is sent again {@code busyPauseMs} later, as Telegram
 * sends again what was not answered 200, and the refusals are counted. It prints the phase's BENCH
 * lines: updates/s, CPU per update by thread, the process's and the app's alone (without the load
 * generator's {@code bench-client} threads), and the 503s.
 */
final class Flood {
    /** CPU time of the load generator's threads, each adding its own when it ends (an ended thread's is not listed). */
    private static final AtomicLong CLIENT_CPU = new AtomicLong();

    private Flood() {
    }

    /** CPU time the load generator's threads have used so far, in ns, to leave out of the app's own. */
    static long clientCpuNanos() {
        return CLIENT_CPU.get();
    }

    /**
     * Posts every request over {@code clients} lean connections; returns each request's answer time in
     * ns (the first attempt's, a 503 counted as busy).
     */
    static long[] run(URI webhook, byte[][] requests, int clients, long busyPauseMs, String phase)
            throws Exception {
        int count = requests.length;
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        ExecutorService pool = LeanClient.threads(clients, "bench-client-");
        ThreadCpu cpu = ThreadCpu.now();
        NativeCpu nativeCpu = NativeCpu.now();
        long process = ThreadCpu.processNanos();
        long clientsBefore = CLIENT_CPU.get();
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                try (LeanClient http = new LeanClient(webhook); ClientCpu counted = new ClientCpu()) {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        int status = http.post(requests[i]);
                        nanos[i] = System.nanoTime() - t0;
                        while (status == 503) { // saturated: sent again later, as Telegram does
                            busy.incrementAndGet();
                            Thread.sleep(busyPauseMs);
                            status = http.post(requests[i]);
                        }
                        if (status != 200) {
                            throw new IllegalStateException("webhook answered " + status);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("BENCH %s: %d updates in %.2f s = %.0f updates/s over %d connections%n",
                phase, count, seconds, count / seconds, clients);
        long processUsed = ThreadCpu.processNanos() - process;
        System.out.printf("BENCH %s CPU per update (ms, by thread): %s%n", phase, cpu.since().perUnit(count));
        System.out.printf("BENCH %s process CPU per update: %.3f ms; the app alone (without the load generator's"
                + " threads) %.3f ms; %s%n", phase, processUsed / 1e6 / count,
                (processUsed - (CLIENT_CPU.get() - clientsBefore)) / 1e6 / count,
                NativeCpu.now().since(nativeCpu, count));
        System.out.printf("BENCH %s busy: %d answers 503 (lanes full), each update sent again %d ms later%n", phase,
                busy.get(), busyPauseMs);
        return nanos;
    }

    /** Adds the CPU time of the load generator's thread that opened it, when closed, to {@link #CLIENT_CPU}. */
    private static final class ClientCpu implements AutoCloseable {
        private final long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

        @Override
        public void close() {
            CLIENT_CPU.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start);
        }
    }
}
