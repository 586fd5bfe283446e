package vn.chidoan.scheduler;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import vn.chidoan.core.org.reminder.FireReminder;

/** A reminder's trigger fired: hands its occurrence to the core. */
class ReminderJob implements Job {
    private final FireReminder fireReminder;

    ReminderJob(FireReminder fireReminder) {
        this.fireReminder = fireReminder;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        fireReminder.fire(QuartzReminderTriggers.reminder(data), QuartzReminderTriggers.occurrence(data));
    }
}
