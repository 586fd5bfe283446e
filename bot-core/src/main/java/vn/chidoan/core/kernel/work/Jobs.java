package vn.chidoan.core.kernel.work;

import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Public API: work too long for an inbound lane (a report over a province) becomes a durable job. The
 * command records it ({@link #start}, one document keyed by an id derived from its cause) and answers at
 * once; {@link JobWorker} runs it on its own thread. A job outlives the process that recorded it: after a
 * restart, or on another instance once the lease of the one running it ran out, it is run again.
 */
@Service
public class Jobs {
    /** Published once a job is recorded (or asked for again): the worker takes it up. */
    public record Started(String id) {
    }

    private final JobStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    public Jobs(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this(new JobStore(mongo), events, clock);
    }

    Jobs(JobStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records job {@code id} of {@code kind}; the same id again (a replay of the command) records nothing
     * new and only wakes the worker. Returns whether it was new.
     */
    public boolean start(String id, String kind, Map<String, String> params) {
        boolean created = store.create(id, kind, params, clock.instant());
        events.publishEvent(new Started(id));
        return created;
    }
}
