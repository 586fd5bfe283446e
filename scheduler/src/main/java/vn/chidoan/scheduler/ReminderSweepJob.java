package vn.chidoan.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import vn.chidoan.core.org.reminder.ReminderArming;

/** Periodically: re-arm reminders changed on other instances, resume interrupted firings. */
@DisallowConcurrentExecution
class ReminderSweepJob implements Job {
    private final ReminderArming arming;

    ReminderSweepJob(ReminderArming arming) {
        this.arming = arming;
    }

    @Override
    public void execute(JobExecutionContext context) {
        arming.sweep();
    }
}
