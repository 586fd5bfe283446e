package vn.chidoan.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time the JVM's management beans do not show by thread: its compiler threads (JIT) and garbage
 * collector threads, read from {@code /proc/self/task}, and the whole machine's from {@code /proc/stat}
 * (every process: on a machine shared with other builds that is theirs too). Linux only; in clock
 * ticks of 10 ms, plenty over a flood of tens of seconds.
 */
record NativeCpu(Map<String, Long> ticksByThread, long machineTicks) {
    private static final double MS_PER_TICK = 10.0;

    static NativeCpu now() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(task.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while it was read
                }
            }
        } catch (IOException e) {
            return new NativeCpu(Map.of(), 0);
        }
        return new NativeCpu(ticks, machine());
    }

    /** Non-idle ticks of every CPU of the machine. */
    private static long machine() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] cpu = lines.get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** ms per unit since {@code before}: JIT compilers, garbage collector, and the machine. */
    String since(NativeCpu before, int units) {
        long jit = 0;
        long gc = 0;
        for (Map.Entry<String, Long> thread : ticksByThread.entrySet()) {
            long used = thread.getValue() - before.ticksByThread.getOrDefault(thread.getKey(), 0L);
            String name = thread.getKey().substring(thread.getKey().indexOf(' ') + 1);
            if (name.contains("CompilerThre")) {
                jit += used;
            } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                gc += used;
            }
        }
        return String.format("JIT compiler threads %.3f, GC threads %.3f; the machine (every process) %.3f",
                jit * MS_PER_TICK / units, gc * MS_PER_TICK / units,
                (machineTicks - before.machineTicks) * MS_PER_TICK / units);
    }
}
