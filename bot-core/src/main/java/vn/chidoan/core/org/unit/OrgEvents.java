package vn.chidoan.core.org.unit;

import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/** Past-tense events of the organisation feature. */
public final class OrgEvents {
    private OrgEvents() {
    }

    public record UnitCreated(UnitId unit, UnitKind kind, UnitId parent) {
    }

    /** A group chat became the chat of a branch. */
    public record BranchLinked(UnitId branch, ChatRef chat) {
    }

    public record OfficerAppointed(PersonId person, UnitId unit) {
    }
}
