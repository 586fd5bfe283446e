package vn.chidoan.app.sandbox;

import java.util.Properties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

/**
 * The sandbox's Quartz scheduler: a RAM store under a name of its own (Quartz keeps schedulers in
 * one registry per JVM by name, so sharing the app's name would hand the sandbox the app's
 * triggers), whose jobs are built from the sandbox's context. Like {@link SandboxCore}, not a
 * {@code @Configuration}: only the sandbox's context registers it.
 */
class SandboxScheduler {
    static final String NAME = "chidoan-sandbox";

    @Bean
    SchedulerFactoryBean sandboxQuartz(ApplicationContext sandbox) {
        SpringBeanJobFactory jobs = new SpringBeanJobFactory();
        jobs.setApplicationContext(sandbox);
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setSchedulerName(NAME);
        factory.setJobFactory(jobs);
        factory.setQuartzProperties(quartz());
        factory.setWaitForJobsToCompleteOnShutdown(true);
        return factory;
    }

    private static Properties quartz() {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", NAME);
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        return properties;
    }
}
