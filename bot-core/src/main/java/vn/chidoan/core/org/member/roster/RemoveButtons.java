package vn.chidoan.core.org.member.roster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.org.member.Members;

/**
 * {@code mdel:<branch>:<person>}: removes that person from that branch, re-checking the presser's role
 * on the branch itself (wherever the button is pressed) and whom they may remove. They cannot join
 * again with the branch's code until the BCH lets them ({@link RejoinButtons}).
 */
@Component
class RemoveButtons extends BranchButtons {
    static final String PREFIX = "mdel";

    private final Members members;

    RemoveButtons(Members members, CallerResolver callers) {
        super(PREFIX, callers);
        this.members = members;
    }

    static String data(UnitId branch, PersonId person) {
        return data(PREFIX, branch, person);
    }

    @Override
    void press(ButtonContext ctx, BranchPress pressed) {
        UnitId branch = pressed.branch();
        PersonId person = pressed.person();
        Caller there = pressed.there();
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
