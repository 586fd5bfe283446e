package vn.chidoan.core.org.member.status;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A status with its dates: from {@code from} (inclusive) until {@code until} (inclusive; null while
 * open-ended). Before {@code from} and after {@code until} the member is {@link MemberStatus#ACTIVE}.
 */
public record StatusSpell(MemberStatus status, LocalDate from, LocalDate until) {
    public StatusSpell {
        Objects.requireNonNull(status, "status");
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a status ends on or after it starts: " + from + " .. " + until);
        }
    }

    /** The status on {@code day}: this one while it lasts, else active (the off-roster ones last). */
    public MemberStatus on(LocalDate day) {
        if (!status.onRoster()) {
            return status;
        }
        boolean started = from == null || !day.isBefore(from);
        boolean ended = until != null && day.isAfter(until);
        return started && !ended ? status : MemberStatus.ACTIVE;
    }
}
