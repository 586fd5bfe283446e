package vn.chidoan.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.impl.triggers.SimpleTriggerImpl;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;

/** Quartz takes due triggers in batches of its pool size and reuses one instance of each reminder job. */
class QuartzSetupTest {

    @Test
    void theTriggerBatchFollowsThePoolSizeUnlessConfigured() {
        assertThat(QuartzSetup.quartzProperties(Map.of()).getProperty(QuartzSetup.BATCH))
                .isEqualTo(String.valueOf(QuartzSetup.DEFAULT_THREADS));
        assertThat(QuartzSetup.quartzProperties(Map.of(QuartzSetup.THREADS, "4")).getProperty(QuartzSetup.BATCH))
                .isEqualTo("4");
        Properties configured = QuartzSetup.quartzProperties(Map.of(QuartzSetup.THREADS, "4", QuartzSetup.BATCH, "1"));
        assertThat(configured.getProperty(QuartzSetup.BATCH)).isEqualTo("1");
        assertThat(configured.getProperty(QuartzSetup.THREADS)).isEqualTo("4");
    }

    @Test
    void reminderJobsAreSharedAndOtherJobsComeFromTheOtherFactory() throws Exception {
        Job other = context -> { };
        SharedJobs jobs = new SharedJobs(Map.of(ReminderJob.class, () -> new ReminderJob(null)),
                (bundle, scheduler) -> other);

        Job first = jobs.newJob(bundle(ReminderJob.class), null);
        Job second = jobs.newJob(bundle(ReminderJob.class), null);

        assertThat(first).isInstanceOf(ReminderJob.class).isSameAs(second);
        assertThat(jobs.newJob(bundle(ReminderSweepJob.class), null)).isSameAs(other);
    }

    private static TriggerFiredBundle bundle(Class<? extends Job> type) {
        OperableTrigger trigger = new SimpleTriggerImpl();
        return new TriggerFiredBundle(JobBuilder.newJob(type).withIdentity("j").build(), trigger, null, false, null,
                null, null, null);
    }
}
