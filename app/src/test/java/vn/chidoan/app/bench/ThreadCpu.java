package vn.chidoan.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this JVM's threads (the app, its embedded database and the benchmark's own HTTP
 * clients) grouped by thread name, so a run on a busy machine still says what an update costs.
 */
record ThreadCpu(Map<?, Long> nanos) {
    static ThreadCpu now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> now = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            now.put(id, threads.getThreadCpuTime(id));
        }
        return new ThreadCpu(now);
    }

    /** The CPU each group of threads (named alike but for numbers) used since this, in ns. */
    ThreadCpu since() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            if (info != null && cpu >= 0) {
                byGroup.merge(info.getThreadName().replaceAll("[0-9]+", "N"), cpu - nanos.getOrDefault(id, 0L),
                        Long::sum);
            }
        }
        return new ThreadCpu(byGroup);
    }

    /** ms per unit, in total and by group (those of 1 % or more), the largest first (on a result of {@link #since()}). */
    String perUnit(int units) {
        long all = nanos.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder(String.format("total %.3f", all / 1e6 / units));
        nanos.entrySet().stream().filter(e -> e.getValue() * 100 >= all).sorted(Map.Entry.comparingByValue(
                java.util.Comparator.reverseOrder())).forEach(e -> out.append(String.format(", %s %.3f",
                        e.getKey(), e.getValue() / 1e6 / units)));
        return out.toString();
    }

    /** CPU time of the whole process (every thread, GC and compiler included), in ns. */
    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Waits (at most a minute) until the JIT compilers have worked less than 50 ms in the last second:
     * on a loaded machine they were still compiling what the warm-up flood made hot when the measured
     * flood began. Says how long it waited and what they compiled meanwhile.
     */
    static void awaitCompilersIdle() throws InterruptedException {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long started = System.nanoTime();
        long first = jit.getTotalCompilationTime();
        long last = first;
        do {
            Thread.sleep(1_000);
            long now = jit.getTotalCompilationTime();
            if (now - last < 50) {
                break;
            }
            last = now;
        } while (System.nanoTime() - started < java.time.Duration.ofMinutes(1).toNanos());
        System.out.printf("BENCH compilers idle after %.1f s (%d ms of compilation meanwhile)%n",
                (System.nanoTime() - started) / 1e9, jit.getTotalCompilationTime() - first);
    }
}
