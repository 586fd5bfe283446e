package vn.chidoan.core.org.member.roster;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * {@code mrj:<branch>:<person>}, under "removed from the roster": the BCH of that branch lets that
 * person join again with the branch's code, re-checked against the presser's role on the branch itself
 * (wherever the button is pressed).
 */
@Component
class RejoinButtons implements ButtonAction {
    static final String PREFIX = "mrj";

    private final Members members;
    private final CallerResolver callers;

    RejoinButtons(Members members, CallerResolver callers) {
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
        String name = members.person(person).map(Person::name).orElse(null);
        if (!members.letRejoin(person, branch)) {
            ctx.replies().say("member.rejoin.not_barred");
            return;
        }
        ctx.replies().say("member.rejoin.allowed", name == null ? Map.of() : Map.of("name", name));
    }
}
