package vn.chidoan.core.org.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;

/**
 * Use cases that keep the triggers in step with MongoDB: rebuild them all at start (catching up
 * what was missed while the app was down), re-arm one reminder when it changes, and sweep
 * periodically for changes made by other instances and for firings interrupted half-way.
 */
@Service
public class ReminderArming {
    private static final int MAX_MISSED = 1000;
    private static final Logger log = LoggerFactory.getLogger(ReminderArming.class);

    /** What a rebuild did: reminders read, how many had occurrences missed while the app was down, how long it took. */
    public record Rebuilt(long reminders, long missed, Duration took) {
    }

    private final ReminderStore store;
    private final ReminderSettingsStore settings;
    private final OccurrenceClaims claims;
    private final ReminderTriggers triggers;
    private final FireReminder fire;
    private final RemindersProperties properties;
    private final ReminderZone zone;
    private final Clock clock;
    private volatile Instant lastSweep;

    ReminderArming(ReminderStore store, ReminderSettingsStore settings, OccurrenceClaims claims,
            ReminderTriggers triggers, FireReminder fire, RemindersProperties properties, ReminderZone zone,
            Clock clock) {
        this.store = store;
        this.settings = settings;
        this.claims = claims;
        this.triggers = triggers;
        this.fire = fire;
        this.properties = properties;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * Arms every stored reminder's next occurrence. A reminder whose occurrences were missed gets
     * its latest missed one armed at once (the earlier ones are skipped as superseded); firing it
     * sends it if still useful and skips it with a log line if stale.
     */
    public Rebuilt start() {
        long began = System.nanoTime();
        Instant now = clock.instant();
        Map<UnitId, BranchSettings> customised = settings.customised();
        long count = 0;
        long missed = 0;
        try (Stream<ReminderStore.Stored> all = store.all()) {
            for (var it = all.iterator(); it.hasNext(); count++) {
                ReminderStore.Stored stored = it.next();
                BranchSettings branch = customised.getOrDefault(stored.reminder().unit(), settings.defaults());
                missed += arm(stored, Plan.of(stored.reminder(), branch, zone.id()), now) ? 1 : 0;
            }
        }
        lastSweep = now;
        fire.resumeInterrupted();
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        log.info("Reminder triggers rebuilt: {} reminders, {} with missed occurrences, in {} ms", count, missed,
                took.toMillis());
        return new Rebuilt(count, missed, took);
    }

    /** Re-arms a reminder after it changed; a failure is logged and mended by the next sweep. */
    public void rearm(ReminderId id) {
        try {
            store.find(id).ifPresentOrElse(stored -> arm(stored, plan(stored), clock.instant()),
                    () -> triggers.disarm(id));
        } catch (RuntimeException e) {
            log.warn("Reminder {} not re-armed now; the next sweep re-arms it", id, e);
        }
    }

    public void cancel(ReminderId id) {
        triggers.disarm(id);
    }

    /** Re-arms reminders changed since the last sweep (here or elsewhere) and resumes interrupted firings. */
    public void sweep() {
        Instant now = clock.instant();
        settings.refresh();
        Instant since = (lastSweep == null ? now : lastSweep).minus(properties.sweepInterval());
        try (Stream<ReminderStore.Stored> changed = store.changedSince(since)) {
            changed.forEach(stored -> arm(stored, plan(stored), now));
        }
        lastSweep = now;
        fire.resumeInterrupted();
        claims.purgeDecidedBefore(now.minus(properties.retention()));
    }

    /** Arms the first pending occurrence; true when it was missed (already due). */
    private boolean arm(ReminderStore.Stored stored, Plan plan, Instant now) {
        ReminderId id = stored.reminder().id();
        Optional<Occurrence> first = plan.next(stored.handledUpTo());
        if (first.isEmpty()) {
            triggers.disarm(id);
            return false;
        }
        if (first.get().at().isAfter(now)) {
            triggers.arm(id, plan.due(first.get()));
            return false;
        }
        triggers.arm(id, new Due(latestMissed(id, plan, first.get(), now), now));
        return true;
    }

    private Occurrence latestMissed(ReminderId id, Plan plan, Occurrence first, Instant now) {
        Occurrence latest = first;
        for (int i = 0; i < MAX_MISSED; i++) {
            Optional<Occurrence> next = plan.next(latest.at()).filter(o -> !o.at().isAfter(now));
            if (next.isEmpty()) {
                break;
            }
            claims.skip(id, latest, SkipReason.SUPERSEDED, now);
            latest = next.get();
        }
        return latest;
    }

    private Plan plan(ReminderStore.Stored stored) {
        return Plan.of(stored.reminder(), settings.of(stored.reminder().unit()), zone.id());
    }
}
