package vn.chidoan.core.features.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.Branches;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Schedule;

/**
 * Public API of meetings: create one (its invitation goes out at once, its reminders follow the
 * branch's {@code /nhacnho} offsets), record answers, find the meeting check-in is for, close it.
 * Answers owe an edit of the invitation's counts, made at most once per
 * {@code chidoan.meetings.counts-batch} by {@link #sweep()}.
 */
@Service
public class Meetings implements MeetingSweep {
    /** How far ahead "the next meeting" is looked for. */
    static final Duration HORIZON = Duration.ofDays(3 * 366);
    static final Duration FULL_SCAN = Duration.ofMinutes(1);

    private final MeetingStore store;
    private final Invitations invitations;
    private final MeetingReminders reminders;
    private final MeetingProperties properties;
    private final Clock clock;
    private final Branches branches;
    private final AtomicBoolean owedHere = new AtomicBoolean();
    private volatile Instant nextFullScan = Instant.MIN;

    Meetings(MongoTemplate mongo, Invitations invitations, MeetingReminders reminders, MeetingProperties properties,
            Clock clock, Branches branches) {
        this.branches = branches;
        this.store = new MeetingStore(mongo);
        this.invitations = invitations;
        this.reminders = reminders;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A one-off meeting: stored, its reminders scheduled, its invitation posted. Its id derives from
     * {@code origin} (the inbound event that asked for it), so handling that event again after a crash
     * makes the same meeting and sends nothing twice.
     */
    public Meeting create(String origin, UnitId branch, Instant start, String topic, String place) {
        branches.requireBranch(branch);
        String id = "h" + digest(origin).substring(0, 11);
        Meeting meeting = store.insertIfAbsent(new Meeting(id, branch, start, topic, place, false, Map.of(),
                Map.of(), null, null, List.of()), clock.instant());
        reminders.save(Reminder.of(MeetingReminders.KIND, meeting.id(), branch, new Schedule.OneOff(meeting.start())));
        invitations.post(meeting);
        return meeting;
    }

    /** The occurrence of the branch's monthly meeting at {@code start}: the same one however often asked. */
    Meeting occurrence(UnitId branch, Instant start, String topic) {
        String id = "r" + digest(branch.value() + "@" + start.toEpochMilli()).substring(0, 11);
        return store.insertIfAbsent(new Meeting(id, branch, start, topic, null, true, Map.of(), Map.of(), null, null,
                List.of()), clock.instant());
    }

    public Optional<Meeting> find(String id) {
        return store.find(id);
    }

    /** Records a member's answer and owes the invitation an edit of its counts. */
    public void answer(Meeting meeting, PersonId person, Rsvp rsvp) {
        store.answer(meeting.id(), person, rsvp);
        store.owesCounts(meeting.id(), clock.instant().plus(properties.countsBatch()));
        owedHere.set(true);
    }

    /** Stores the member's reason for being away; false when their answer is no longer "away". */
    public boolean reason(String meetingId, PersonId person, String reason) {
        return store.reason(meetingId, person, reason);
    }

    /** The meeting check-in is for: the branch's earliest whose check-in window has not ended. */
    public Optional<Meeting> current(UnitId branch) {
        Instant now = clock.instant();
        return store.between(branch, now.minus(properties.checkinAfter()), now.plus(HORIZON)).stream().findFirst();
    }

    /** The branch's latest meeting that has started or is about to (within the check-in lead time). */
    public Optional<Meeting> latest(UnitId branch) {
        return store.latestBefore(branch, clock.instant().plus(properties.checkinBefore()).plusMillis(1));
    }

    /**
     * Meetings of these branches since {@code from} that count as held, earliest first: started, or with
     * check-in closed already (its roll is final, even if the BCH closed it before the start time).
     */
    public List<Meeting> held(List<UnitId> branches, Instant from) {
        Instant now = clock.instant();
        return between(branches, from, now.plus(properties.checkinBefore()).plusMillis(1)).stream()
                .filter(m -> m.start().isBefore(now) || m.closed()).toList();
    }

    /** Meetings of these branches starting in {@code [from, to)}, earliest first. */
    public List<Meeting> between(List<UnitId> branches, Instant from, Instant to) {
        return branches.isEmpty() ? List.of() : store.between(branches, from, to);
    }

    /** Whether check-in is open now: within its window and not closed. */
    public boolean checkInOpen(Meeting meeting) {
        return meeting.checkInOpenAt(clock.instant(), properties.checkinBefore(), properties.checkinAfter());
    }

    /** Closes check-in, keeping who was expected; false if it was closed already. */
    public boolean close(Meeting meeting, List<PersonId> expected) {
        return store.close(meeting.id(), expected, clock.instant());
    }

    public void minutes(Meeting meeting, String text) {
        store.minutes(meeting.id(), text);
    }

    public MeetingProperties properties() {
        return properties;
    }

    /** How long before each of its meetings the branch's members are reminded ({@code /nhacnho hop}). */
    List<Duration> reminderOffsets(UnitId branch) {
        return reminders.offsets(branch);
    }

    /**
     * Makes the owed count edits that are due. It looks in the database when an answer was recorded
     * here and at least every {@link #FULL_SCAN} (for answers recorded on another instance or before a
     * restart), so an idle instance does not scan the meetings every tick.
     */
    @Override
    public void sweep() {
        Instant now = clock.instant();
        boolean full = !now.isBefore(nextFullScan);
        if (!owedHere.getAndSet(false) && !full) {
            return;
        }
        if (full) {
            nextFullScan = now.plus(FULL_SCAN);
        }
        store.countsOwed().forEach((id, due) -> {
            if (due.isAfter(now)) {
                owedHere.set(true);
            } else {
                store.takeCounts(id, now).ifPresent(version -> store.find(id)
                        .ifPresent(meeting -> invitations.editCounts(meeting, version)));
            }
        });
    }

    /** Forgets the person's answers: they erased their data. */
    public void forget(PersonId person) {
        store.forget(person);
    }

    /** Gives {@code from}'s answers to {@code into}: two records of one person merged. */
    public void move(PersonId from, PersonId into) {
        store.move(from, into);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
