package vn.chidoan.scheduler;

import static vn.chidoan.scheduler.QuartzReminderTriggers.quartz;

import java.util.Date;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.reminder.ReminderArming;
import vn.chidoan.core.org.reminder.RemindersProperties;

/**
 * At start, before Quartz starts firing: rebuilds every reminder trigger from MongoDB (catching up
 * what was missed while the app was down) and schedules the periodic sweep.
 */
@Component
class ReminderStartup implements SmartLifecycle {
    static final JobKey SWEEP = JobKey.jobKey("reminder-sweep", "maintenance");

    private final ReminderArming arming;
    private final Scheduler scheduler;
    private final long sweepMillis;
    private volatile ReminderArming.Rebuilt rebuilt;
    private volatile boolean running;

    ReminderStartup(ReminderArming arming, Scheduler scheduler, RemindersProperties properties) {
        this.arming = arming;
        this.scheduler = scheduler;
        this.sweepMillis = properties.sweepInterval().toMillis();
    }

    @Override
    public void start() {
        rebuilt = arming.start();
        Trigger everyInterval = TriggerBuilder.newTrigger().withIdentity(SWEEP.getName(), SWEEP.getGroup()).forJob(SWEEP)
                .startAt(new Date(System.currentTimeMillis() + sweepMillis))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(sweepMillis)
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        quartz(() -> {
            scheduler.addJob(JobBuilder.newJob(ReminderSweepJob.class).withIdentity(SWEEP).storeDurably().build(), true);
            if (scheduler.rescheduleJob(everyInterval.getKey(), everyInterval) == null) {
                scheduler.scheduleJob(everyInterval);
            }
        });
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the Quartz scheduler (which starts in the last phase), so nothing fires half-rebuilt. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    ReminderArming.Rebuilt rebuilt() {
        return rebuilt;
    }
}
