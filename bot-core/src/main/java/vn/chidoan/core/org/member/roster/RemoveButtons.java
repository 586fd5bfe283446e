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
        return BranchPress.data(PREFIX, branch, person);
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
        Optional<BranchPress> pressed = BranchPress.of(ctx, callers);
        if (pressed.isEmpty()) {
            return;
        }
        UnitId branch = pressed.get().branch();
        PersonId person = pressed.get().person();
        Caller there = pressed.get().there();
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
