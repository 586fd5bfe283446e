package vn.chidoan.core.features.record.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.Notify;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.work.PeriodicJobs;
import vn.chidoan.core.kernel.work.Worker;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * Applies a confirmed plan, every row or none: confirming is one conditional update (PENDING to
 * APPLYING) made only while the roster is still the one the file was checked against and the plan is
 * less than {@link #VALID} old; then each row is applied and marked done. Every step is idempotent (the
 * person added is keyed by the plan and the row, the history entry by its cause), so a second press, a
 * replayed press or a run after a crash finishes what is left and does nothing twice. Plans a crash left
 * half applied are finished at start and every {@link #SWEEP} (those confirmed more than a sweep ago, so
 * a run in progress is left alone).
 */
@Component
class ImportApplier implements SmartLifecycle, Worker {
    static final Duration VALID = Duration.ofHours(24);
    static final Duration SWEEP = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ImportApplier.class);

    private final PlanStore plans;
    private final Members members;
    private final Records records;
    private final Notify notify;
    private final Clock clock;
    private final PeriodicJobs thread = new PeriodicJobs("roster-import", log);

    ImportApplier(Importer importer, Members members, Records records, Notify notify, Clock clock) {
        this.plans = importer.plans();
        this.members = members;
        this.records = records;
        this.notify = notify;
        this.clock = clock;
    }

    /** What a press on the plan came to: said in place of the report, whose buttons are then done with. */
    record Outcome(String key, Map<String, ?> model) {
        static Optional<Outcome> of(String key) {
            return Optional.of(new Outcome(key, Map.of()));
        }
    }

    /**
     * «Xác nhận» on the plan, by someone whose right on its branch was checked; empty when another press
     * applying it at the same time says it is applied.
     */
    Optional<Outcome> confirm(ImportPlan plan, Caller caller) {
        return switch (plan.status()) {
            case CANCELLED -> Outcome.of("record.import.was_cancelled");
            case APPLIED -> Outcome.of("record.import.already_applied");
            case APPLYING -> finish(plan);
            case PENDING -> {
                if (plan.createdAt().plus(VALID).isBefore(clock.instant())) {
                    yield Outcome.of("record.import.expired");
                } else if (!Importer.digest(members.roster(plan.branch())).equals(plan.roster())) {
                    yield Outcome.of("record.import.stale");
                }
                Optional<ImportPlan> claimed = plans.claim(plan.id(), caller.person(), clock.instant());
                yield claimed.isPresent() ? finish(claimed.get())
                        : plans.find(plan.id()).flatMap(now -> confirm(now, caller));
            }
        };
    }

    /** «Hủy»: the plan goes, rows and all. */
    Outcome cancel(ImportPlan plan) {
        return new Outcome(plans.cancel(plan.id(), clock.instant()) ? "record.import.cancelled"
                : plan.status() == ImportPlan.Status.CANCELLED ? "record.import.was_cancelled"
                        : "record.import.already_applied", Map.of());
    }

    /** Finishes plans a crash cut short, telling whoever confirmed them; returns how many it finished. */
    int resume() {
        int finished = 0;
        for (ImportPlan plan : plans.unfinished(clock.instant().minus(SWEEP))) {
            try {
                finish(plan).ifPresent(applied -> notify.to("import:" + plan.id() + ":applied", plan.confirmedBy())
                        .ifPresent(to -> to.say(applied.key(), applied.model())));
                finished++;
            } catch (Throwable e) {
                log.warn("could not finish roster import {}; the next sweep tries again", plan.id(), e);
            }
        }
        return finished;
    }

    /** Applies the rows not done yet; whoever marks the plan applied gets the outcome to say. */
    private Optional<Outcome> finish(ImportPlan plan) {
        Cause cause = new Cause("import:" + plan.id(), plan.confirmedBy(), plan.confirmedAt());
        List<ImportPlan.Row> rows = plan.rows();
        for (int i = 0; i < rows.size(); i++) {
            ImportPlan.Row row = rows.get(i);
            if (!row.done()) {
                plans.done(plan.id(), i, apply(plan, row, cause.part(String.valueOf(row.row()))));
            }
        }
        if (!plans.applied(plan.id(), clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(new Outcome("record.import.applied", Map.of("adds", plan.count(ImportPlan.Kind.ADD),
                "changes", plan.count(ImportPlan.Kind.CHANGE))));
    }

    private PersonId apply(ImportPlan plan, ImportPlan.Row row, Cause cause) {
        if (row.kind() == ImportPlan.Kind.ADD) {
            RosterEntry added = members.addByName(plan.branch(), row.name(), Texts.VIETNAMESE,
                    cause.key().replace('#', ':'));
            records.set(added.person(), plan.branch(), row.values(), Operation.IMPORTED, cause);
            return added.person();
        }
        records.set(row.person(), plan.branch(), row.values(), Operation.UPDATED, cause);
        return row.person();
    }

    @Override
    public synchronized void start() {
        if (!thread.isRunning()) {
            thread.every("finish roster imports", Duration.ZERO, SWEEP, () -> {
                int finished = resume();
                if (finished > 0) {
                    log.info("finished {} roster import(s) a restart had cut short", finished);
                }
            });
        }
    }

    @Override
    public synchronized void stop() {
        thread.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return thread.isRunning();
    }

    @Override
    public Map<String, Boolean> running() {
        return thread.running();
    }
}
