package vn.chidoan.core.org.member.roster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.org.member.Members;

/**
 * {@code mdel:<branch>:<person>}: removes that person from that branch, re-checking the presser's role
 * on the branch itself (wherever the button is pressed) and whom they may remove. They cannot join
 * again with the branch's code until the BCH lets them ({@link RejoinButtons}).
 */
@Component
class RemoveButtons implements ButtonAction {
    static final String PREFIX = "mdel";

    private final Members members;
    private final CallerResolver callers;

    RemoveButtons(Members members, CallerResolver callers) {
        this.members = members;
        this.callers = callers;
    }

    static String data(UnitId branch, PersonId person) {
        return PREFIX + ":" + branch.value() + ":" + person.value();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST; // the role that counts is the one on the button's branch
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":", 2);
        if (parts.length < 2) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        UnitId branch = new UnitId(parts[0]);
        PersonId person = new PersonId(parts[1]);
        Caller there = callers.on(ctx.caller(), branch);
        if (!there.role().atLeast(Role.BCH)) {
            ctx.toast("pipeline.button_refused.bch");
            return;
        }
        Optional<RosterEntry> target = members.rosterEntryOf(branch, person);
        if (target.isEmpty()) {
            ctx.replies().say("member.remove.gone");
            return;
        }
        BranchContext.mayChange(there, target.get());
        members.remove(person, branch);
        ctx.replies().say("member.remove.done", Map.of("name", BranchContext.nameOf(target.get())), List.of(List.of(
                Button.action(ctx.replies().label("member.rejoin.button"), RejoinButtons.data(branch, person)))));
    }
}
