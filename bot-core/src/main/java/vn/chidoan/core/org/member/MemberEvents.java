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
     * Two records turned out to be one person (they linked their accounts): features move what they keep
     * about {@code from} to {@code into}, idempotently; {@code from} is deleted right after.
     */
    public record PersonsMerged(PersonId from, PersonId into) {
    }

    /** A person deleted their data: features drop what they keep about them. */
    public record PersonErased(PersonId person) {
    }
}
