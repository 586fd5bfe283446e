package vn.chidoan.app.sandbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The sandbox's Quartz scheduler: a RAM store under a name of its own (Quartz keeps schedulers in
 * one registry per JVM by name, so sharing the app's name would hand the sandbox the app's
 * triggers), set up by the same customizers as the app's (the scheduler module's shared reminder
 * jobs), from the sandbox's context. Like {@link SandboxCore}, not a {@code @Configuration}: only the
 * sandbox's context registers it.
 */
class SandboxScheduler {
    static final String NAME = "chidoan-sandbox";

    @Bean
    SchedulerFactoryBean sandboxQuartz(ObjectProvider<SchedulerFactoryBeanCustomizer> customizers) {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        customizers.orderedStream().forEach(customizer -> customizer.customize(factory));
        factory.setSchedulerName(NAME);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        return factory;
    }
}
