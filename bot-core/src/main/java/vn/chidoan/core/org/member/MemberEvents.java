package vn.chidoan.core.org.member;

import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;

/** Past-tense events of the member feature, published through Spring's event publisher. */
public final class MemberEvents {
    private MemberEvents() {
    }

    /** Someone joined a branch (by its join link, by the BCH adding them, or as its secretary). */
    public record MemberJoined(PersonId person, UnitId branch, Role role) {
    }

    /** The BCH removed someone from a branch's roster. */
    public record MemberRemoved(PersonId person, UnitId branch) {
    }

    /**
     * Two records turned out to be one person (they linked their accounts, and confirmed): every store
     * has moved what it kept about {@code from} to {@code into} ({@link vn.chidoan.core.kernel.personal.PersonalData#move})
     * and {@code from} is deleted. May be published again when a merge cut short is finished.
     */
    public record PersonsMerged(PersonId from, PersonId into) {
    }

    /**
     * A merge was undone with its button: the record {@code restored} is back, with the memberships it
     * had brought to {@code person}; the organisation gives it back the offices it had brought.
     */
    public record LinkUndone(PersonId person, PersonId restored) {
    }

    /** A person deleted their data: every store has forgotten them. */
    public record PersonErased(PersonId person) {
    }
}
