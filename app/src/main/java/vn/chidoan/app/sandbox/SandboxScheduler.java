package vn.chidoan.app.sandbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import vn.chidoan.core.kernel.work.WorkerThreads;

/**
 * The sandbox's Quartz scheduler: a RAM store under a name of its own (Quartz keeps schedulers in
 * one registry per JVM by name, so sharing the app's name would hand the sandbox the app's
 * triggers), set up by the same customizers as the app's (the scheduler module's shared reminder
 * jobs), from the sandbox's context. Its jobs run on threads of its own that log under the sandbox's
 * context, as the core's workers do. Like {@link SandboxCore}, not a {@code @Configuration}: only the
 * sandbox's context registers it.
 */
class SandboxScheduler {
    static final String NAME = "chidoan-sandbox";

    private static final int THREADS = 2;

    /** Closed after the scheduler, which depends on it and waits for its jobs first. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService sandboxQuartzThreads() {
        return Executors.newFixedThreadPool(THREADS, WorkerThreads.daemon(NAME));
    }

    @Bean
    SchedulerFactoryBean sandboxQuartz(ObjectProvider<SchedulerFactoryBeanCustomizer> customizers,
            ExecutorService sandboxQuartzThreads) {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
        factory.setSchedulerName(NAME);
        factory.setTaskExecutor(sandboxQuartzThreads);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        return factory;
    }
}
