package vn.chidoan.core.features.poll;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.audience.BranchFanout;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.org.unit.Organisation;

/**
 * Public API of polls: ask one of every branch of a unit (the asker's right checked at that moment),
 * count a member's ballot, and tally the answers from the three places they live (named votes, anonymous
 * ballots' counts, native polls' counts). Asking is posted in the background through a
 * {@link BranchFanout} ({@link PollFanout}); a replay of the asking event does nothing twice.
 */
@Service
public class Polls {
    private final PollStore polls;
    private final VoteStore votes;
    private final NativePollStore natives;
    private final PollRights rights;
    private final Organisation org;
    private final BranchAudience audience;
    private final BranchFanout fanout;
    private final Reminders reminders;
    private final Texts texts;
    private final Clock clock;

    Polls(MongoTemplate mongo, PollRights rights, Organisation org, BranchAudience audience, BranchFanout fanout,
            Reminders reminders, Texts texts, Clock clock) {
        this.polls = new PollStore(mongo);
        this.votes = new VoteStore(mongo);
        this.natives = new NativePollStore(mongo);
        this.rights = rights;
        this.org = org;
        this.audience = audience;
        this.fanout = fanout;
        this.reminders = reminders;
        this.texts = texts;
        this.clock = clock;
    }

    /** How a ballot went. */
    enum Cast {
        COUNTED, CHANGED, ALREADY, CLOSED
    }

    Poll ask(PollSpec spec, Caller caller, UnitId unit, String source) {
        if (!rights.mayAsk(caller, unit)) {
            throw new BadInput("poll.not_allowed");
        }
        List<UnitId> branches = org.branchesWithin(unit);
        if (branches.isEmpty()) {
            throw new BadInput("poll.no_branches");
        }
        Poll poll = polls.create(new Poll(0, spec.question(), spec.options(), spec.multiple(), spec.anonymous(),
                spec.deadline(), caller.person(), caller.user(), unit, branches, clock.instant(), false, List.of(),
                List.of()), source);
        if (poll.deadline() != null) {
            reminders.save(new Reminder(PollClosing.KIND, Long.toString(poll.number()), poll.origin(),
                    new Schedule.OneOff(poll.deadline()), List.of(Duration.ZERO)));
        }
        fanout.start(poll.cause(), PollFanout.KIND, poll.branches());
        return poll;
    }

    void deliver(Poll poll, List<UnitId> branches) {
        audience.post(poll.cause(), branches, platform -> PollMessages.post(poll, platform, texts, clock),
                Priority.BULK);
    }

    /**
     * Counts the voter's ballot, if the poll reached their branch and is open: a named one replaces their
     * earlier answer; an anonymous one counts once and is never stored against them.
     */
    Cast vote(Poll poll, Caller voter, Set<Integer> chosen) {
        UnitId branch = rights.branchOf(poll, voter).orElseThrow(() -> new BadInput("poll.unavailable"));
        if (!poll.openAt(clock.instant())) {
            return Cast.CLOSED;
        }
        if (poll.anonymous()) {
            return polls.castAnonymous(poll.number(), voter.person(), chosen) ? Cast.COUNTED
                    : polls.find(poll.number()).filter(p -> p.openAt(clock.instant())).isPresent() ? Cast.ALREADY
                    : Cast.CLOSED;
        }
        boolean before = votes.find(poll.number(), voter.person()).isPresent();
        votes.put(new Vote(poll.number(), voter.person(), branch, List.copyOf(chosen), clock.instant()));
        return before ? Cast.CHANGED : Cast.COUNTED;
    }

    /** The answers per option: named votes, or anonymous ballots' counts plus the native polls' counts. */
    List<Long> tally(Poll poll) {
        List<Long> counts = new ArrayList<>(Collections.nCopies(poll.options().size(), 0L));
        if (poll.anonymous()) {
            add(counts, poll.counts());
            natives.ofPoll(poll.number()).forEach(n -> add(counts, n.counts()));
        } else {
            votes.ofPoll(poll.number()).forEach(v -> v.options().stream().filter(i -> i < counts.size())
                    .forEach(i -> counts.set(i, counts.get(i) + 1)));
        }
        return counts;
    }

    /** How many answered: named voters, or anonymous ballots cast with buttons (natives tell no such number). */
    long voters(Poll poll) {
        return poll.anonymous() ? poll.voters().size() : votes.ofPoll(poll.number()).size();
    }

    private static void add(List<Long> into, List<Long> more) {
        for (int i = 0; i < Math.min(into.size(), more.size()); i++) {
            into.set(i, into.get(i) + more.get(i));
        }
    }

    Optional<Poll> find(long number) {
        return polls.find(number);
    }

    /** The caller's latest poll, else the latest that reached their branch. */
    Optional<Poll> latestFor(Caller caller) {
        if (caller.person() == null) {
            return Optional.empty();
        }
        return polls.latestBy(caller.person()).or(() -> caller.unit() == null ? Optional.empty()
                : polls.latestFor(org.branchesWithin(caller.unit())));
    }

    PollStore store() {
        return polls;
    }

    VoteStore votes() {
        return votes;
    }

    NativePollStore natives() {
        return natives;
    }

    PollRights rights() {
        return rights;
    }

    Clock clock() {
        return clock;
    }
}
