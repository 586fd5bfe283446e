package vn.chidoan.scheduler;

import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.reminder.FireReminder;
import vn.chidoan.core.org.reminder.ReminderArming;

/**
 * How Boot's Quartz scheduler runs reminders, so many due at the same moment go out together: the
 * jobs are shared instances ({@link SharedJobs}) instead of a Spring bean built per firing, and the
 * scheduler thread takes as many due triggers at once as there are workers
 * ({@code org.quartz.scheduler.batchTriggerAcquisitionMaxCount}, unless configured) instead of one
 * per round. The use cases are looked up on first firing: they need the scheduler themselves.
 */
@Component
class QuartzSetup implements SchedulerFactoryBeanCustomizer {
    static final String BATCH = "org.quartz.scheduler.batchTriggerAcquisitionMaxCount";
    static final String THREADS = "org.quartz.threadPool.threadCount";
    /** Quartz's pool size when none is configured ({@link SchedulerFactoryBean#DEFAULT_THREAD_COUNT}). */
    static final int DEFAULT_THREADS = SchedulerFactoryBean.DEFAULT_THREAD_COUNT;

    private final ObjectProvider<FireReminder> fireReminder;
    private final ObjectProvider<ReminderArming> arming;
    private final ApplicationContext context;
    private final ObjectProvider<QuartzProperties> properties;

    /** {@code properties}: Boot's {@code spring.quartz.*}; absent in a context without Boot (the sandbox's). */
    QuartzSetup(ObjectProvider<FireReminder> fireReminder, ObjectProvider<ReminderArming> arming,
            ApplicationContext context, ObjectProvider<QuartzProperties> properties) {
        this.fireReminder = fireReminder;
        this.arming = arming;
        this.context = context;
        this.properties = properties;
    }

    @Override
    public void customize(SchedulerFactoryBean factory) {
        SpringBeanJobFactory others = new SpringBeanJobFactory();
        others.setApplicationContext(context);
        factory.setJobFactory(new SharedJobs(Map.of(
                ReminderJob.class, () -> new ReminderJob(fireReminder.getObject()),
                ReminderSweepJob.class, () -> new ReminderSweepJob(arming.getObject())), others));
        QuartzProperties configured = properties.getIfAvailable();
        factory.setQuartzProperties(quartzProperties(configured == null ? Map.of() : configured.getProperties()));
    }

    /** The configured Quartz properties, with a trigger batch as large as the worker pool unless set. */
    static Properties quartzProperties(Map<String, String> configured) {
        Properties quartz = new Properties();
        quartz.putAll(configured);
        String threads = configured.getOrDefault(THREADS, String.valueOf(DEFAULT_THREADS));
        quartz.putIfAbsent(BATCH, threads.strip());
        return quartz;
    }
}
