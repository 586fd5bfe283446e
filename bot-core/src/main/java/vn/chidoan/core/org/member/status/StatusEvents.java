package vn.chidoan.core.org.member.status;

import java.time.LocalDate;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/** Past-tense events of members' standing, published when their record changes it. */
public final class StatusEvents {
    private StatusEvents() {
    }

    /** The member's status in the branch is now {@code status}, from {@code from} until {@code until} (or on). */
    public record StatusChanged(PersonId person, UnitId branch, MemberStatus status, LocalDate from, LocalDate until) {
    }

    /** The member's record now puts them in {@code category} for fees. */
    public record FeeCategoryChanged(PersonId person, UnitId branch, FeeCategory category) {
    }
}
