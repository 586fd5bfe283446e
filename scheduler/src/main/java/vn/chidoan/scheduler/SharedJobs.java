package vn.chidoan.scheduler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Quartz's job factory: one shared, stateless instance per job class of this module, made on first
 * use; other jobs are left to {@code others} (Spring's bean job factory). Spring's factory builds a
 * bean per firing, by reflection, on Quartz's single scheduler thread: with 1,000 reminders due at
 * once that thread, not the workers, set the pace.
 */
final class SharedJobs implements JobFactory {
    private final Map<Class<? extends Job>, Supplier<? extends Job>> makers;
    private final Map<Class<? extends Job>, Job> made = new ConcurrentHashMap<>();
    private final JobFactory others;

    SharedJobs(Map<Class<? extends Job>, Supplier<? extends Job>> makers, JobFactory others) {
        this.makers = Map.copyOf(makers);
        this.others = others;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        Supplier<? extends Job> maker = makers.get(type);
        return maker == null ? others.newJob(bundle, scheduler) : made.computeIfAbsent(type, t -> maker.get());
    }
}
