package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Turn;

/**
 * A benchmark, not a test: {@code -Dbench.members} (default 1,000) members of one branch press "Đăng ký"
 * on a sign-up of {@code -Dbench.places} (default 100) places, their presses started evenly within one
 * second, through the whole pipeline on the embedded database. Checked: exactly the places are taken and
 * everyone else waits, at the positions their toasts told them, with no gap and no one twice. Reported:
 * each press's reply time, p50/p99/max. Run with
 * {@code ./mvnw -B -o -pl bot-core -am test -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=RegistrationRushBenchmark};
 * figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class RegistrationRushBenchmark {
    static final int MEMBERS = Integer.getInteger("bench.members", 1_000);
    static final int PLACES = Integer.getInteger("bench.places", 100);
    static final int THREADS = 32;
    private static final Pattern POSITION = Pattern.compile("thứ tự (\\d+)");

    /** One member's press: what the toast said and how long the reply took. */
    private record Press(Speaker member, String toast, long nanos) {
    }

    @Test
    void aThousandMembersPressWithinOneSecondOnAHundredPlaces() throws Exception {
        FormScenario s = new FormScenario(Database.EMBEDDED);
        List<Speaker> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            Speaker member = s.bot.user("Đoàn Viên " + i);
            PersonId person = s.bot.members().register(member).id();
            s.bot.members().join(person, s.branchId(), Role.MEMBER);
            members.add(member);
        }
        s.secretarySays("/dangky_tao Tiếp sức mùa thi | " + PLACES + " chỗ");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        long spacing = TimeUnit.SECONDS.toNanos(1) / MEMBERS;
        List<Future<Press>> presses = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            long due = start + i * spacing;
            Speaker member = members.get(i);
            presses.add(pool.submit(() -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long pressed = System.nanoTime();
                Turn turn = s.presses(member, 1);
                return new Press(member, turn.toast(), System.nanoTime() - pressed);
            }));
        }
        long[] replies = new long[MEMBERS];
        Map<Integer, String> positions = new TreeMap<>();
        for (int i = 0; i < MEMBERS; i++) {
            Press press = presses.get(i).get();
            replies[i] = press.nanos();
            Matcher waiting = POSITION.matcher(press.toast() == null ? "" : press.toast());
            if (waiting.find()) {
                assertThat(positions.put(Integer.parseInt(waiting.group(1)), press.member().ref().id()))
                        .as("one member per position").isNull();
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(replies);
        System.out.printf("BENCH %d presses on %d places started within 1 s: all answered in %.2f s; reply p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms%n", MEMBERS, PLACES, wall, replies[MEMBERS / 2] / 1e6,
                replies[(int) Math.ceil(MEMBERS * 0.99) - 1] / 1e6, replies[MEMBERS - 1] / 1e6);
        Form form = s.form(1);

        assertThat(form.places()).hasSize(PLACES).doesNotHaveDuplicates();
        assertThat(form.waiting()).hasSize(MEMBERS - PLACES).doesNotHaveDuplicates();
        assertThat(positions.keySet()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, MEMBERS - PLACES).boxed().toList());
        assertThat(form.waiting().stream().map(p -> s.bot.members().accountsOf(p).get(0).id()).toList())
                .as("the waitlist in the order the toasts told").containsExactlyElementsOf(positions.values());
    }
}
