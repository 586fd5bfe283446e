package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.org.reminder.FiringScenarioTest.BRANCH;
import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.Status;
import vn.chidoan.core.testing.Database;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class ReminderStorageTest {
    static final Instant NOW = vn("2027-03-10T08:00");
    static final Duration LEASE = Duration.ofMinutes(2);

    @Parameter
    Database db;

    MongoTemplate mongo;
    ReminderStore store;
    OccurrenceClaims claims;
    final Reminder meeting = Reminder.of("meeting", "m1", BRANCH, new Schedule.OneOff(vn("2027-03-10T19:00")));
    final Occurrence occurrence = new Occurrence(vn("2027-03-10T17:00"), vn("2027-03-10T19:00"));
    final ReminderId id = meeting.id();

    @BeforeEach
    void setUp() {
        mongo = db.freshTemplate();
        store = new ReminderStore(mongo);
        claims = new OccurrenceClaims(mongo);
    }

    @Test
    void progressOnlyMovesForward() {
        store.save(meeting, NOW, NOW);

        store.advance(id, vn("2027-03-10T17:00"));
        store.advance(id, vn("2027-03-09T19:00"));

        assertThat(store.find(id).orElseThrow().handledUpTo()).isEqualTo(vn("2027-03-10T17:00"));
    }

    @Test
    void onlyTheFirstClaimOfAnOccurrenceWins() {
        assertThat(claims.claim(id, occurrence, "a", NOW, NOW.plus(LEASE))).isTrue();
        assertThat(claims.claim(id, occurrence, "b", NOW, NOW.plus(LEASE))).isFalse();
        assertThat(claims.skip(id, occurrence, SkipReason.STALE, NOW)).isFalse();
        assertThat(claims.outcome(id, occurrence.at()).orElseThrow().status()).isEqualTo(Status.CLAIMED);
    }

    @Test
    void aClaimWhoseLeaseRanOutIsTakenOverOnce() {
        claims.claim(id, occurrence, "crashed", NOW, NOW.plus(LEASE));
        Instant later = NOW.plus(LEASE).plusSeconds(1);

        assertThat(claims.interrupted(NOW, 10)).isEmpty();
        assertThat(claims.interrupted(later, 10)).containsExactly(new OccurrenceClaims.Interrupted(id, occurrence));
        assertThat(claims.claim(id, occurrence, "b", later, later.plus(LEASE))).isTrue();
        assertThat(claims.claim(id, occurrence, "c", later, later.plus(LEASE))).isFalse();
        assertThat(claims.interrupted(later, 10)).isEmpty();
    }

    @Test
    void aSentOccurrenceIsNeverClaimedAgain() {
        claims.claim(id, occurrence, "a", NOW, NOW.plus(LEASE));
        claims.markSent(id, occurrence, NOW);
        Instant muchLater = NOW.plus(Duration.ofDays(1));

        assertThat(claims.claim(id, occurrence, "b", muchLater, muchLater.plus(LEASE))).isFalse();
        assertThat(claims.interrupted(muchLater, 10)).isEmpty();
        assertThat(claims.outcome(id, occurrence.at()).orElseThrow().status()).isEqualTo(Status.SENT);
    }

    @Test
    void anExpiredClaimMayBeRecordedSkipped() {
        claims.claim(id, occurrence, "crashed", NOW, NOW.plus(LEASE));

        assertThat(claims.skip(id, occurrence, SkipReason.REMINDER_CHANGED, NOW.plus(LEASE).plusSeconds(1))).isTrue();

        OccurrenceOutcome outcome = claims.outcome(id, occurrence.at()).orElseThrow();
        assertThat(outcome.status()).isEqualTo(Status.SKIPPED);
        assertThat(outcome.reason()).isEqualTo(SkipReason.REMINDER_CHANGED);
    }
}
