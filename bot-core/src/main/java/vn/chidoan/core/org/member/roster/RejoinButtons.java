package vn.chidoan.core.org.member.roster;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * {@code mrj:<person>}, under "removed from the roster": the BCH of the branch in context lets that
 * person join again with the branch's code (re-checked against who presses, and where).
 */
@Component
class RejoinButtons implements ButtonAction {
    static final String PREFIX = "mrj";

    private final Members members;

    RejoinButtons(Members members) {
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
        String name = members.person(person).map(Person::name).orElse(null);
        if (!members.letRejoin(person, branch)) {
            ctx.replies().say("member.rejoin.not_barred");
            return;
        }
        ctx.replies().say("member.rejoin.allowed", name == null ? Map.of() : Map.of("name", name));
    }
}
