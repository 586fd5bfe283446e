package vn.chidoan.core.org.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;

/**
 * Use case: one occurrence of a reminder is due. Checks that the reminder still plans it, that it
 * is still useful and outside quiet hours (else it is skipped, or put off to the end of quiet
 * hours), claims it, lets the reminder's kind send it, and arms the reminder's next occurrence.
 */
@Service
public class FireReminder {
    static final Duration RETRY = Duration.ofMinutes(1);
    static final Duration ON_TIME = Duration.ofMinutes(1);
    private static final int RESUME_BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(FireReminder.class);

    private final ReminderStore reminders;
    private final ReminderSettingsStore settings;
    private final OccurrenceClaims claims;
    private final ReminderKinds kinds;
    private final ReminderTriggers triggers;
    private final Duration lease;
    private final ReminderZone zone;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();

    FireReminder(ReminderStore reminders, ReminderSettingsStore settings, OccurrenceClaims claims, ReminderKinds kinds,
            ReminderTriggers triggers, RemindersProperties properties, ReminderZone zone, Clock clock) {
        this.reminders = reminders;
        this.settings = settings;
        this.claims = claims;
        this.kinds = kinds;
        this.triggers = triggers;
        this.lease = properties.claimLease();
        this.zone = zone;
        this.clock = clock;
    }

    /** Fires one occurrence; on an unexpected failure (the database away) tries again a minute later. */
    public void fire(ReminderId id, Occurrence occurrence) {
        try {
            fireOnce(id, occurrence);
        } catch (RuntimeException e) {
            log.warn("Reminder {} occurrence {} failed, retrying in {}", id, occurrence.at(), RETRY, e);
            triggers.arm(id, new Due(occurrence, clock.instant().plus(RETRY)));
        }
    }

    /** Finishes firings whose instance stopped half-way (their claim's lease ran out). */
    public int resumeInterrupted() {
        var interrupted = claims.interrupted(clock.instant(), RESUME_BATCH);
        for (OccurrenceClaims.Interrupted claim : interrupted) {
            Optional<ReminderStore.Stored> stored = reminders.find(claim.reminder());
            Optional<Plan> plan = stored.map(this::plan).filter(p -> p.plans(claim.occurrence()));
            if (plan.isEmpty()) {
                skip(claim.reminder(), claim.occurrence(), SkipReason.REMINDER_CHANGED);
            } else {
                log.info("Reminder {} occurrence {}: resuming an interrupted firing", claim.reminder(),
                        claim.occurrence().at());
                deliver(stored.get().reminder(), plan.get(), claim.occurrence());
            }
        }
        return interrupted.size();
    }

    private void fireOnce(ReminderId id, Occurrence occurrence) {
        Optional<ReminderStore.Stored> found = reminders.find(id);
        if (found.isEmpty()) {
            triggers.disarm(id);
            return;
        }
        ReminderStore.Stored stored = found.get();
        Plan plan = plan(stored);
        if (!plan.plans(occurrence)) {
            armNext(id, plan, stored.handledUpTo());
            return;
        }
        Optional<Instant> putOff = deliver(stored.reminder(), plan, occurrence);
        if (putOff.isPresent()) {
            triggers.arm(id, new Due(occurrence, putOff.get()));
            return;
        }
        reminders.advance(id, occurrence.at());
        armNext(id, plan, occurrence.at().isAfter(stored.handledUpTo()) ? occurrence.at() : stored.handledUpTo());
    }

    /**
     * Sends, skips, or returns when quiet hours end if that is when it may go out. A firing within
     * {@link #ON_TIME} of a planned time outside quiet hours is on time whatever the kind's
     * {@code usefulUntil} (which may be the due time itself, for a reminder at the event); a later one
     * (after downtime, or held by quiet hours) goes out only while still useful.
     */
    private Optional<Instant> deliver(Reminder reminder, Plan plan, Occurrence occurrence) {
        Optional<ReminderKind> kind = kinds.find(reminder.kind());
        if (kind.isEmpty()) {
            skip(reminder.id(), occurrence, SkipReason.UNKNOWN_KIND);
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant usefulUntil = kind.get().usefulUntil(reminder, occurrence);
        Instant deliverable = plan.deliverableAt(now);
        boolean quietNow = deliverable.isAfter(now);
        boolean plannedInQuietHours = plan.deliverableAt(occurrence.at()).isAfter(occurrence.at());
        boolean onTime = !plannedInQuietHours && !now.isAfter(occurrence.at().plus(ON_TIME));
        boolean late = !onTime && now.isAfter(usefulUntil);
        if (late || quietNow && deliverable.isAfter(usefulUntil)) {
            boolean heldByQuietHours = plannedInQuietHours && !occurrence.at().isAfter(usefulUntil);
            skip(reminder.id(), occurrence, !late || heldByQuietHours ? SkipReason.QUIET_HOURS : SkipReason.STALE);
            return Optional.empty();
        }
        if (quietNow) {
            return Optional.of(deliverable);
        }
        if (claims.claim(reminder.id(), occurrence, owner, now, now.plus(lease))) {
            send(kind.get(), reminder, occurrence);
        }
        return Optional.empty();
    }

    private void send(ReminderKind kind, Reminder reminder, Occurrence occurrence) {
        try {
            kind.fire(reminder, occurrence);
            claims.markSent(reminder.id(), occurrence, clock.instant());
            log.debug("Reminder {} occurrence {} sent", reminder.id(), occurrence.at());
        } catch (RuntimeException e) {
            log.error("Reminder {} occurrence {} failed half-way; it is resumed when its claim runs out",
                    reminder.id(), occurrence.at(), e);
        }
    }

    private void skip(ReminderId id, Occurrence occurrence, SkipReason reason) {
        claims.skip(id, occurrence, reason, clock.instant());
    }

    private void armNext(ReminderId id, Plan plan, Instant after) {
        Optional<Occurrence> next = plan.next(after);
        if (next.isPresent()) {
            triggers.arm(id, plan.due(next.get()));
        } else {
            triggers.disarm(id);
        }
    }

    private Plan plan(ReminderStore.Stored stored) {
        return Plan.of(stored.reminder(), settings.forFiring(stored.reminder().unit()), zone.id());
    }
}
