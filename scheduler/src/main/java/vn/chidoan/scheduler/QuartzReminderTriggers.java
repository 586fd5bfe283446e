package vn.chidoan.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.reminder.Due;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.ReminderTriggers;

/**
 * Reminder triggers as Quartz SimpleTriggers, one per reminder (keyed by its id). A trigger carries
 * the occurrence it fires; a fire time in the past fires at once, and Quartz's misfire policy is
 * "fire now": the occurrence's claim record, not Quartz, prevents a second send.
 *
 * <p>The triggers are spread over {@link #BUCKETS} identical durable jobs: Quartz's RAM store copies
 * every trigger of a job each time one of them is removed, which with 100,000 triggers on a single
 * job made each firing cost tens of milliseconds under the store's lock.
 */
@Component
class QuartzReminderTriggers implements ReminderTriggers {
    static final String GROUP = "reminders";
    static final int BUCKETS = 8192;
    private static final String REMINDER = "reminder";
    private static final String AT = "at";
    private static final String EVENT = "event";

    private final Scheduler scheduler;
    private final Clock clock;

    QuartzReminderTriggers(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
        quartz(() -> {
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                scheduler.addJob(JobBuilder.newJob(ReminderJob.class).withIdentity(job(bucket)).storeDurably().build(),
                        true);
            }
        });
    }

    @Override
    public synchronized void arm(ReminderId id, Due due) {
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(key(id))
                .forJob(job(Math.floorMod(id.value().hashCode(), BUCKETS)))
                .usingJobData(REMINDER, id.value())
                .usingJobData(AT, due.occurrence().at().toEpochMilli())
                .usingJobData(EVENT, due.occurrence().event().toEpochMilli())
                .startAt(onQuartzClock(due.fireAt()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        quartz(() -> {
            boolean armed = scheduler.checkExists(trigger.getKey());
            if (!armed || scheduler.rescheduleJob(trigger.getKey(), trigger) == null) {
                scheduler.scheduleJob(trigger);
            }
        });
    }

    @Override
    public synchronized void disarm(ReminderId id) {
        quartz(() -> scheduler.unscheduleJob(key(id)));
    }

    static TriggerKey key(ReminderId id) {
        return TriggerKey.triggerKey(id.value(), GROUP);
    }

    private static JobKey job(int bucket) {
        return JobKey.jobKey("reminder-" + bucket, GROUP);
    }

    static ReminderId reminder(JobDataMap data) {
        return new ReminderId(data.getString(REMINDER));
    }

    static Occurrence occurrence(JobDataMap data) {
        return new Occurrence(Instant.ofEpochMilli(data.getLong(AT)), Instant.ofEpochMilli(data.getLong(EVENT)));
    }

    /**
     * Quartz waits on the machine's clock, the core reasons on the injected one (which tests move),
     * so what carries over is the delay from now.
     */
    private Date onQuartzClock(Instant fireAt) {
        long delay = Math.max(0, Duration.between(clock.instant(), fireAt).toMillis());
        return new Date(System.currentTimeMillis() + delay);
    }

    interface QuartzCall {
        void run() throws SchedulerException;
    }

    static void quartz(QuartzCall call) {
        try {
            call.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz refused a reminder trigger change", e);
        }
    }
}
