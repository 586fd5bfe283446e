package vn.chidoan.core.org.member.roster;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.org.member.Members;

/** {@code mdel:<person>}: removes that person from the branch in context, re-checking who presses. */
@Component
class RemoveButtons implements ButtonAction {
    static final String PREFIX = "mdel";

    private final Members members;

    RemoveButtons(Members members) {
        this.members = members;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.BCH;
    }

    @Override
    public void handle(ButtonContext ctx) {
        UnitId branch = BranchContext.branch(ctx.caller());
        PersonId person = new PersonId(ctx.args());
        Optional<RosterEntry> target = members.rosterEntryOf(branch, person);
        if (target.isEmpty()) {
            ctx.replies().say("member.remove.gone");
            return;
        }
        BranchContext.mayChange(ctx.caller(), target.get());
        members.remove(person, branch);
        ctx.replies().say("member.remove.done", Map.of("name", BranchContext.nameOf(target.get())));
    }
}
