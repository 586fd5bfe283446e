package vn.chidoan.core.org.audience;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Public API: post one thing to many branches (a province: thousands) without holding up the command
 * that asked for it. {@link #start} only records the fan-out (one document: the branches and a progress
 * cursor) and returns; a worker then hands the branches to the feature's {@link FanoutKind}
 * {@link BranchAudience#SLICE} at a time, moving the cursor after each slice. After a crash the next
 * instance up carries on from the cursor once the dead worker's lease has run out; two instances never
 * move one fan-out on together (compare-and-set on the document). A slice handed twice sends nothing
 * twice: the kind's writes are idempotent.
 */
@Service
public class BranchFanout {
    /** Published once a fan-out is recorded (or asked for again): the worker takes it up. */
    public record Started(String cause) {
    }

    private final FanoutStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    public BranchFanout(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this(new FanoutStore(mongo), events, clock);
    }

    BranchFanout(FanoutStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts {@code cause} to the branches through the kind, in the background; the same cause again
     * (a replay of the command) records nothing new and only wakes the worker.
     */
    public void start(String cause, String kind, List<UnitId> branches) {
        store.create(cause, kind, branches, clock.instant());
        events.publishEvent(new Started(cause));
    }

    /** How many of the fan-out's branches are done, out of how many; empty if there is no such fan-out. */
    public Optional<Progress> progress(String cause) {
        return store.find(cause).map(job -> new Progress(job.done() ? job.total() : job.next(), job.total(),
                job.done()));
    }

    /** A fan-out's progress: {@code done} of {@code total} branches; {@code finished} once all are. */
    public record Progress(int done, int total, boolean finished) {
    }
}
