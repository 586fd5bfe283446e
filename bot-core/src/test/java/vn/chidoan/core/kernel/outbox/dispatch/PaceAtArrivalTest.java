package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RateWindow;

/**
 * The pace against a platform that counts a call when it arrives, as Telegram and the fake Bot API do,
 * while the pacer only sees when it allowed a call and when the call returned: by a clock moved by
 * hand, each call's arrival and return chosen by the test.
 */
class PaceAtArrivalTest {
    private static final Instant NOW = Instant.parse("2026-03-26T01:00:00Z");
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void aPlaceClaimedBetweenTheLanesLookAndItsStartIsNotGivenTwice() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(2, chat -> Duration.ZERO), clock);
        Server server = new Server(2, 0);
        PaceSlot reply = pacer.begin(person(1), true);

        assertThat(pacer.hasToken(NOW)).as("the lane looks: room for one more send").isTrue();
        reply.calls(2, Duration.ZERO); // meanwhile the reply in two parts takes that place for its second
        PaceSlot chosen = pacer.begin(person(2), true); // the lane starts what it chose
        server.arrive(person(1), NOW);
        server.arrive(person(1), NOW);
        if (chosen != null) {
            server.arrive(person(2), NOW);
        }

        assertThat(server.refused).as("calls the platform answered 429").isZero();
        assertThat(chosen).isNull();
    }

    @Test
    void noCallIsRefusedWhateverHowLongItTakesToArriveAndToReturn() {
        Pacer pacer = new Pacer(new PlatformSender.Pacing(new PlatformSender.Limit(30, SECOND),
                chat -> new PlatformSender.Limit(20, MINUTE)), clock);
        Server server = new Server(30, 20);
        Random random = new Random(2026);
        List<Flight> flights = new ArrayList<>();
        int sends = 0;
        for (int ms = 0; sends < 300 || !flights.isEmpty(); ms++) {
            Instant now = NOW.plusMillis(ms);
            clock.set(now);
            for (Flight flight : flights) {
                flight.arrivals.removeIf(at -> !at.isAfter(now) && server.arrive(flight.chat, at));
            }
            flights.removeIf(flight -> flight.returned(now));
            while (sends < 300 && flights.size() < 16 && pacer.hasToken(now)) {
                ChatRef group = freeGroup(pacer, now);
                PaceSlot slot = group == null ? null : pacer.begin(group, true);
                if (slot == null) {
                    break;
                }
                int calls = sends % 4 == 0 ? 2 : 1; // a file and its text, or a long text in parts
                Duration noRoom = slot.calls(calls, Duration.ZERO);
                if (!noRoom.isZero()) { // no call made: tried again when there may be room (as SendAttempt does)
                    slot.close();
                    pacer.pause(group, now.plus(noRoom), now);
                    continue;
                }
                flights.add(new Flight(group, slot, now, calls, random));
                sends++;
            }
        }

        assertThat(server.accepted).isEqualTo(300 + 75);
        assertThat(server.refused).as("calls the platform answered 429").isZero();
    }

    /** The first of 60 groups the pacer lets a message go to now (each takes 20 a minute). */
    private static ChatRef freeGroup(Pacer pacer, Instant now) {
        for (int g = 0; g < 60; g++) {
            ChatRef group = new ChatRef(Platform.TELEGRAM, "-100" + g);
            if (pacer.chatFree(group, true, now)) {
                return group;
            }
        }
        return null;
    }

    private static ChatRef person(int n) {
        return new ChatRef(Platform.TELEGRAM, Integer.toString(n));
    }

    /**
     * One send's calls, one after the other: the claim takes up to 50 ms, then each call up to 400 ms to
     * arrive and as long to come back; the send returns with its last call.
     */
    private static final class Flight {
        final ChatRef chat;
        final PaceSlot slot;
        final List<Instant> arrivals = new ArrayList<>();
        final Instant returns;

        Flight(ChatRef chat, PaceSlot slot, Instant start, int calls, Random random) {
            this.chat = chat;
            this.slot = slot;
            Instant at = start.plusMillis(random.nextInt(50));
            for (int call = 0; call < calls; call++) {
                at = at.plusMillis(random.nextInt(400));
                arrivals.add(at);
                at = at.plusMillis(1 + random.nextInt(400));
            }
            this.returns = at;
        }

        boolean returned(Instant now) {
            if (returns.isAfter(now)) {
                return false;
            }
            slot.sent();
            slot.close();
            return true;
        }
    }

    /** The platform's side: Telegram's limits counted when each call arrives, as {@code FakeBotApi} counts them. */
    private static final class Server {
        final int perSecond;
        final int perGroupMinute;
        final RateWindow overall = new RateWindow(SECOND);
        final Map<ChatRef, RateWindow> groups = new HashMap<>();
        int accepted;
        int refused;

        Server(int perSecond, int perGroupMinute) {
            this.perSecond = perSecond;
            this.perGroupMinute = perGroupMinute;
        }

        /** Counts a call arriving at {@code at}, or refuses it; true (done with it) either way. */
        boolean arrive(ChatRef chat, Instant at) {
            RateWindow group = perGroupMinute > 0 ? groups.computeIfAbsent(chat, c -> new RateWindow(MINUTE)) : null;
            boolean within = overall.waitFor(perSecond, at).isZero()
                    && (group == null || group.waitFor(perGroupMinute, at).isZero());
            if (within) {
                overall.take(at);
                if (group != null) {
                    group.take(at);
                }
                accepted++;
            } else {
                refused++;
            }
            return true;
        }
    }
}
