package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Something to remind a branch of: its {@code kind} (the use case that fires it, such as
 * {@code meeting}), its {@code target} in that use case (a meeting id, a fee period, a comment
 * thread), the branch, the schedule of events, and how long before each event to remind.
 *
 * @param offsets how long before each event to remind (zero: at the event time); empty means the
 *                branch's setting for this kind, which the BCH changes with {@code /nhacnho}
 */
public record Reminder(String kind, String target, UnitId unit, Schedule schedule, List<Duration> offsets) {
    static final Duration MAX_OFFSET = Duration.ofDays(366);

    public Reminder {
        if (kind == null || !kind.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("kind is a lowercase key: " + kind);
        }
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("a reminder needs a target");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(schedule, "schedule");
        offsets = offsets.stream().map(o -> o.truncatedTo(ChronoUnit.MILLIS)).distinct().sorted().toList();
        for (Duration offset : offsets) {
            if (offset.isNegative() || offset.compareTo(MAX_OFFSET) > 0) {
                throw new IllegalArgumentException("an offset is between zero and 366 days: " + offset);
            }
        }
    }

    /** A reminder that follows its branch's offsets for its kind. */
    public static Reminder of(String kind, String target, UnitId unit, Schedule schedule) {
        return new Reminder(kind, target, unit, schedule, List.of());
    }

    /**
     * The target of a reminder per numbered item and branch (a post for comment, a form):
     * {@code <number>:<branch>}.
     */
    public static String perBranch(long number, UnitId branch) {
        return number + ":" + branch.value();
    }

    /** The item's number in a {@link #perBranch} target. */
    public long itemNumber() {
        return Long.parseLong(target.substring(0, target.indexOf(':')));
    }

    public ReminderId id() {
        return ReminderId.of(kind, target);
    }

    /** The outbox key of this occurrence's message: {@code reminder:<id>:<occurrence>}. */
    public String outboxKey(Occurrence occurrence) {
        return "reminder:" + id().value() + ":" + occurrence.at();
    }

    /** The outbox key of this occurrence's message to one chat (a group or a member's private chat). */
    public String outboxKey(Occurrence occurrence, ChatRef chat) {
        return outboxKey(occurrence) + ":" + chat.key();
    }
}
