package vn.chidoan.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.app.bench.OfficerPostBenchmark.BRANCHES;
import static vn.chidoan.app.bench.OfficerPostBenchmark.OFFICER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.chidoan.app.crash.AppProcess;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * A benchmark, not a unit test: what an idle app costs with a province's data and a month of traffic
 * kept. The province of {@link OfficerPostBenchmark} plus {@code -Dbench.kept} (default 1,000,000)
 * delivered outbox entries and as many handled events, spread over the last 29 days (inside the
 * retention, so none is due for deletion), are written by the app on the embedded database (file in a
 * temp dir) in a seeding JVM of its own ({@link IdleSeed}, heap {@code -Dbench.seed-heap}, default 3g),
 * which then closes it. The app is then started in a JVM of its own on that data,
 * with its default settings: reported are the time from launching the JVM to ready (readiness UP) and
 * the CPU used by then, beside the same on an empty database just before (on a loaded machine the wall
 * time says more about the load than about the app; the difference says what the data costs), the
 * CPU its process uses in the first {@value #SETTLE_SECONDS} s and over the next idle minute, and the
 * time to the answer of one command afterwards (it still works). With {@code -Dbench.data=<dir>} the
 * seeded data stays there and a later run on the same sizes starts from it instead of seeding again.
 * Run with
 * {@code ./mvnw -B -o -pl app -am verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=IdleCostBenchmark};
 * figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class IdleCostBenchmark {
    static final int KEPT = Integer.getInteger("bench.kept", 1_000_000);
    static final int IDLE_SECONDS = Integer.getInteger("bench.idle-seconds", 60);
    static final int SETTLE_SECONDS = 15;
    static final List<String> JVM = List.of("-Xmx512m");

    @Test
    void anIdleAppWithAProvinceAndAMonthOfTrafficKeptCostsLittleAndStartsQuickly() throws Exception {
        String kept = System.getProperty("bench.data");
        Path data = kept != null ? Files.createDirectories(Path.of(kept)) : Files.createTempDirectory("chidoan-idle");
        Path seeded = data.resolve("seeded-" + BRANCHES + "-" + KEPT);
        try (FakeBotApi api = FakeBotApi.start()) {
            if (!Files.exists(seeded)) {
                IdleSeed.inAJvmOfItsOwn(data, BRANCHES, KEPT);
                Files.createFile(seeded);
            }

            long emptyLaunched = System.nanoTime();
            Path empty = Files.createTempDirectory("chidoan-empty");
            try (AppProcess app = AppProcess.start(empty, api, "empty", JVM, List.of())) {
                System.out.printf("BENCH empty database: start-up to ready %.1f s (process CPU %.1f s)%n",
                        (System.nanoTime() - emptyLaunched) / 1e9, app.cpu().toNanos() / 1e9);
            }

            long launched = System.nanoTime();
            try (AppProcess app = AppProcess.start(data, api, "idle", JVM, List.of())) {
                double ready = (System.nanoTime() - launched) / 1e9;
                Duration atReady = app.cpu();
                Thread.sleep(SETTLE_SECONDS * 1_000L);
                Duration settled = app.cpu();
                long idleStart = System.nanoTime();
                Thread.sleep(IDLE_SECONDS * 1_000L);
                Duration idleCpu = app.cpu().minus(settled);
                double idleWall = (System.nanoTime() - idleStart) / 1e9;
                double share = idleCpu.toNanos() / 1e9 / idleWall;

                long asked = System.nanoTime();
                // an update id no earlier run on this data directory used (a seen one is a duplicate, rightly ignored)
                long updateId = System.currentTimeMillis() / 1_000; // fresh, and within update_id's 32 bits
                assertThat(app.post(OfficerPostBenchmark.update(updateId, "/trogiup"))).isEqualTo(200);
                double answered = awaitAnswer(api, asked);
                System.out.printf("BENCH start-up to ready %.1f s (process CPU %.1f s); CPU in the %d s after ready"
                        + " %.2f s; idle %.0f s: CPU %.2f s = %.2f %% of one core; then /trogiup answered in %.2f s%n",
                        ready, atReady.toNanos() / 1e9, SETTLE_SECONDS, settled.minus(atReady).toNanos() / 1e9,
                        idleWall, idleCpu.toNanos() / 1e9, 100 * share, answered);
            }
        }
    }

    private static double awaitAnswer(FakeBotApi api, long asked) throws InterruptedException {
        while (true) {
            for (RecordedRequest r : api.requests("sendMessage")) {
                if (Long.toString(OFFICER).equals(r.chatId())) {
                    return (System.nanoTime() - asked) / 1e9;
                }
            }
            Thread.sleep(20);
        }
    }
}
