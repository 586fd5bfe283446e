package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A benchmark, not a unit test: a province officer's branch command in a private chat, with a province
 * of {@code -Dbench.branches} branches (default 4,700 under 47 districts, written through
 * {@link Organisation#create}) on the embedded database. Reported as {@code BENCH} lines: the time of
 * {@code /thanhvien} (which lists the first page of the picker), of typing a search, and of turning to
 * page 100, each the median and the slowest of {@value #RUNS} runs after {@value #WARM_UP} unmeasured ones. Run with
 * {@code ./mvnw -B -o -pl bot-core -am test -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=BranchPickerBenchmark};
 * figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class BranchPickerBenchmark {
    static final int BRANCHES = Integer.getInteger("bench.branches", 4_700);
    static final int DISTRICTS = 47;
    static final int RUNS = 30;
    static final int WARM_UP = 10;

    @Test
    void aProvinceOfficerPicksABranchAmongThousands() {
        TestBot bot = TestBot.on(Database.EMBEDDED);
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Organisation org = bot.org();
        Unit province = org.root().orElseThrow();
        for (int d = 0; d < DISTRICTS; d++) {
            Unit district = org.create("Huyện đoàn " + d, UnitKind.HUYEN_DOAN, province, "bench:d" + d);
            for (int b = 0; b < BRANCHES / DISTRICTS; b++) {
                org.create("Chi đoàn " + d + "A" + b, UnitKind.CHI_DOAN, district, "bench:b" + d + ":" + b);
            }
        }

        report("first page", () -> bot.inPrivate(officer).says("/thanhvien"));
        report("search", () -> bot.inPrivate(officer).says("12a7"));
        report("page 100", () -> bot.inPrivate(officer).presses("dlg:p:100"));
    }

    private static void report(String what, Supplier<Turn> turn) {
        for (int i = 0; i < WARM_UP; i++) {
            turn.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Turn done = turn.get();
            micros.add((System.nanoTime() - start) / 1_000);
            assertThat(done.templates()).contains("pipeline.branch.pick");
        }
        micros.sort(Long::compare);
        System.out.printf("BENCH picker %s, %d branches: median %.1f ms, slowest %.1f ms%n", what, BRANCHES,
                micros.get(RUNS / 2) / 1000.0, micros.get(RUNS - 1) / 1000.0);
    }
}
