package vn.chidoan.core.features.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.status.FeeCategory;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusEvents;
import vn.chidoan.core.org.member.status.StatusSpell;

/**
 * The records and their history, for every part of the feature: each change is one atomic update of
 * the member's record and one history entry keyed by its {@link Cause}, so doing it again (a replayed
 * event, a retried import) changes nothing more. Changes other features care about are published
 * ({@link StatusEvents}).
 */
@Service
public class Records {
    private final RecordStore records;
    private final HistoryStore history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Records(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.records = new RecordStore(mongo);
        this.history = new HistoryStore(mongo);
        this.events = events;
        this.clock = clock;
    }

    public Optional<MemberRecord> find(PersonId person) {
        return records.find(person);
    }

    public Map<PersonId, MemberRecord> of(Collection<PersonId> people) {
        return records.of(people).stream().collect(Collectors.toMap(MemberRecord::person, Function.identity()));
    }

    /** The branch's records of members whose status is one of these. */
    public List<MemberRecord> ofBranch(UnitId branch, Collection<MemberStatus> statuses) {
        return records.ofBranch(branch, statuses.isEmpty() ? EnumSet.allOf(MemberStatus.class) : statuses);
    }

    /** Members on the branch's roster whose record says they turn 30 before {@code before}, oldest first. */
    public List<MemberRecord> maturingBefore(UnitId branch, LocalDate before) {
        return records.bornBefore(branch, before.minusYears(MemberRecord.MATURING_AGE));
    }

    /** The member's record in the branch, made (active, empty) if they had none. */
    public MemberRecord open(PersonId person, UnitId branch) {
        return records.open(person, branch, clock.instant());
    }

    /** Sets fields (a null value clears one) and records why, as {@code operation}. */
    public void set(PersonId person, UnitId branch, Map<Field, Object> values, Operation operation, Cause cause) {
        MemberRecord before = open(person, branch);
        records.set(person, values, clock.instant());
        log(cause, operation, person, branch, null, changed(values), null, null);
        if (values.get(Field.BIRTH_DATE) != null) {
            events.publishEvent(new RecordEvents.BirthDateSet(person, branch));
        }
        Object category = values.get(Field.FEE_CATEGORY);
        if (category != null && !category.equals(before.fields().get(Field.FEE_CATEGORY))) {
            events.publishEvent(new StatusEvents.FeeCategoryChanged(person, branch, (FeeCategory) category));
        }
    }

    /** Sets the member's status with its dates; {@code operation} says why (a status set, a removal, maturing). */
    public void status(PersonId person, UnitId branch, StatusSpell spell, String note, Operation operation,
            Cause cause) {
        open(person, branch);
        records.status(person, spell, note, clock.instant());
        log(cause, operation, person, branch, spell.from(), spell.status().key(), note, null);
        events.publishEvent(new StatusEvents.StatusChanged(person, branch, spell.status(), spell.from(),
                spell.until()));
    }

    /** The record now belongs to {@code to}: a transfer, with both ends in the history. */
    public void transfer(PersonId person, UnitId from, UnitId to, LocalDate day, String note, Cause cause) {
        open(person, from);
        log(cause, Operation.TRANSFERRED_OUT, person, from, day, null, note, to);
        records.branch(person, to, clock.instant());
        log(cause, Operation.TRANSFERRED_IN, person, to, day, null, note, from);
    }

    public void mark(PersonId person, UnitId branch, Mark mark, Cause cause) {
        open(person, branch);
        records.mark(person, mark);
        log(cause, mark.kind() == Mark.Kind.HONORARY ? Operation.HONORARY : Operation.OUTSTANDING, person, branch,
                mark.day(), null, mark.decision(), null);
    }

    /** Records an operation that changes no field (a reward, a goal done, a grade); false if recorded before. */
    public boolean log(Cause cause, Operation operation, PersonId person, UnitId branch, LocalDate day,
            String detail, String note, UnitId other) {
        return history.record(new HistoryEntry(cause.entryId(operation, person), person, branch, operation,
                cause.at(), day, cause.by(), detail, note, other));
    }

    /** The member's history, newest first. */
    public List<HistoryEntry> history(PersonId person, int limit) {
        return history.of(person, limit);
    }

    RecordStore store() {
        return records;
    }

    HistoryStore historyStore() {
        return history;
    }

    private static String changed(Map<Field, Object> values) {
        return values.keySet().stream().map(Field::key).sorted().collect(Collectors.joining(","));
    }
}
