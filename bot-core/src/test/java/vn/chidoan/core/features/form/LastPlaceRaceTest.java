package vn.chidoan.core.features.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;

/**
 * The last place of a form raced by many threads, many times, straight on the stores: each time exactly
 * one thread gets it, the others join the waitlist (or are turned away without one), and nobody holds two.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class LastPlaceRaceTest {
    static final int ROUNDS = 40;
    static final int RACERS = 8;

    @Parameter
    Database db;

    FormStore store;
    Seats seats;
    ExecutorService pool;

    @BeforeEach
    void stores() {
        pool = Executors.newFixedThreadPool(RACERS + 1);
        MongoTemplate mongo = db.freshTemplate();
        store = new FormStore(mongo);
        seats = new Seats(store);
    }

    @AfterEach
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private Form form(int capacity, boolean waitlist, String source) {
        return store.create(new Form(0, source, "Hiến máu", null, null, capacity, waitlist, List.of(), null, null,
                new UnitId("b1"), List.of(new UnitId("b1")), Instant.parse("2026-03-02T01:00:00Z"), List.of(),
                List.of()), source);
    }

    /** Every racer presses at once (released by one latch); returns where each stands afterwards. */
    private List<Seats.Standing> race(Form form, List<PersonId> racers) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Seats.Standing>> pressed = new ArrayList<>();
        for (PersonId racer : racers) {
            pressed.add(pool.submit(() -> {
                go.await();
                return Seats.Standing.of(seats.take(form, racer).form(), racer);
            }));
        }
        go.countDown();
        List<Seats.Standing> standings = new ArrayList<>();
        for (Future<Seats.Standing> one : pressed) {
            standings.add(one.get());
        }
        return standings;
    }

    private static List<PersonId> racers(int round) {
        List<PersonId> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(new PersonId("p" + round + "-" + i));
        }
        return racers;
    }

    @Test
    void theLastPlaceGoesToExactlyOneOfManyPressingAtOnceEveryTime() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Form form = form(3, true, "race" + round);
            seats.take(form, new PersonId("early-a"));
            seats.take(form, new PersonId("early-b"));

            List<Seats.Standing> standings = race(form, racers(round));

            Form after = store.find(form.number()).orElseThrow();
            assertThat(standings).filteredOn(s -> s.status() == Registration.Status.REGISTERED)
                    .as("round %d: one winner", round).hasSize(1);
            assertThat(after.places()).as("round %d", round).hasSize(3).doesNotHaveDuplicates();
            assertThat(after.waiting()).as("round %d: the others wait, once each", round).hasSize(RACERS - 1)
                    .doesNotHaveDuplicates().doesNotContainAnyElementsOf(after.places());
            assertThat(standings).filteredOn(s -> s.status() == Registration.Status.WAITING)
                    .extracting(Seats.Standing::position).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
        }
    }

    @Test
    void withoutAWaitlistTheLosersGetNothingAndPressingAgainChangesNothing() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            Form form = form(1, false, "nowait" + round);
            List<PersonId> racers = racers(round);

            List<Seats.Standing> standings = race(form, racers);
            List<Seats.Standing> again = race(form, racers);

            Form after = store.find(form.number()).orElseThrow();
            assertThat(standings).filteredOn(Seats.Standing::placed).as("round %d", round).hasSize(1);
            assertThat(again).filteredOn(Seats.Standing::placed).as("round %d, pressed again", round).hasSize(1);
            assertThat(after.places()).hasSize(1);
            assertThat(after.waiting()).isEmpty();
        }
    }

    @Test
    void aPlaceFreedWhileOthersJoinTheWaitlistGoesToTheFirstWaitingAndNoPlaceStaysEmpty() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            Form form = form(2, true, "free" + round);
            PersonId leaving = new PersonId("leaving");
            seats.take(form, leaving);
            seats.take(form, new PersonId("staying"));
            CountDownLatch go = new CountDownLatch(1);
            Future<?> leaves = pool.submit(() -> {
                go.await();
                return seats.leave(form, leaving);
            });
            List<Future<Seats.Change>> joins = new ArrayList<>();
            for (PersonId racer : racers(round)) {
                joins.add(pool.submit(() -> {
                    go.await();
                    return seats.take(form, racer);
                }));
            }
            go.countDown();
            leaves.get();
            for (Future<Seats.Change> join : joins) {
                join.get();
            }

            Form after = store.find(form.number()).orElseThrow();
            assertThat(after.places()).as("round %d: the freed place is taken", round).hasSize(2)
                    .contains(new PersonId("staying")).doesNotContain(leaving);
            assertThat(after.waiting()).hasSize(RACERS - 1).doesNotContainAnyElementsOf(after.places());
        }
    }
}
