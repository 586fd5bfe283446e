package vn.chidoan.core.org.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.Branches;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.ReminderEvents.ReminderCancelled;
import vn.chidoan.core.org.reminder.ReminderEvents.ReminderScheduled;

/**
 * Public API of reminders. Features save a reminder when they create or change what it reminds of
 * (saving the same one again changes nothing) and delete it when that goes away; the BCH's settings
 * of their branch apply to every reminder that has no offsets of its own. Only occurrences after a
 * change are sent: changing a reminder never sends what was due before.
 */
@Service
public class Reminders {
    private final ReminderStore store;
    private final ReminderSettingsStore settings;
    private final OccurrenceClaims claims;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Branches branches;

    Reminders(ReminderStore store, ReminderSettingsStore settings, OccurrenceClaims claims,
            ApplicationEventPublisher events, Clock clock, Branches branches) {
        this.branches = branches;
        this.store = store;
        this.settings = settings;
        this.claims = claims;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the reminder or replaces the one with the same kind and target; true if anything changed. */
    public boolean save(Reminder reminder) {
        Instant now = clock.instant();
        Optional<ReminderStore.Stored> existing = store.find(reminder.id());
        if (unchanged(existing, reminder)) {
            return false;
        }
        store.save(reminder, handledUpTo(existing, now), now);
        events.publishEvent(new ReminderScheduled(reminder.id()));
        return true;
    }

    /**
     * {@link #save} of many reminders (a post's reminder for each of a thousand branches) with one
     * read and one bulk write; returns how many changed.
     */
    public int saveAll(List<Reminder> reminders) {
        Instant now = clock.instant();
        Map<ReminderId, ReminderStore.Stored> existing = store.findAll(reminders.stream().map(Reminder::id).toList());
        List<Document> changed = new ArrayList<>();
        for (Reminder reminder : reminders) {
            Optional<ReminderStore.Stored> before = Optional.ofNullable(existing.get(reminder.id()));
            if (!unchanged(before, reminder)) {
                changed.add(ReminderStore.encode(reminder, handledUpTo(before, now), now));
            }
        }
        store.saveAll(changed);
        changed.forEach(doc -> events.publishEvent(new ReminderScheduled(new ReminderId(doc.getString("_id")))));
        return changed.size();
    }

    private static boolean unchanged(Optional<ReminderStore.Stored> existing, Reminder reminder) {
        return existing.isPresent() && existing.get().reminder().equals(reminder);
    }

    /** Occurrences before a change are never sent; a change keeps progress recorded past now. */
    private static Instant handledUpTo(Optional<ReminderStore.Stored> existing, Instant now) {
        return existing.map(ReminderStore.Stored::handledUpTo).filter(now::isBefore).orElse(now);
    }

    public boolean delete(ReminderId id) {
        boolean deleted = store.delete(id);
        if (deleted) {
            events.publishEvent(new ReminderCancelled(id));
        }
        return deleted;
    }

    public Optional<Reminder> find(ReminderId id) {
        return store.find(id).map(ReminderStore.Stored::reminder);
    }

    public List<Reminder> ofUnit(UnitId unit) {
        return store.ofUnit(unit);
    }

    /** What became of an occurrence (claimed, sent, skipped and why), if anything yet. */
    public Optional<OccurrenceOutcome> outcome(ReminderId id, Instant occurrence) {
        return claims.outcome(id, occurrence);
    }

    public BranchSettings settings(UnitId unit) {
        return settings.of(unit);
    }

    /** Sets how long before each event the branch's reminders of a kind go out; {@code null}: the default. */
    public void changeOffsets(UnitId unit, String kind, List<Duration> offsets) {
        branches.requireBranch(unit);
        settings.setOffsets(unit, kind, offsets);
        rescheduleBranch(unit, kind);
    }

    /** Sets the branch's quiet hours; {@code null}: the default. */
    public void changeQuietHours(UnitId unit, QuietHours quietHours) {
        branches.requireBranch(unit);
        settings.setQuietHours(unit, quietHours);
        rescheduleBranch(unit, null);
    }

    private void rescheduleBranch(UnitId unit, String kind) {
        for (ReminderId id : store.touch(unit, kind, clock.instant())) {
            events.publishEvent(new ReminderScheduled(id));
        }
    }
}
