package vn.chidoan.core.org.member.roster;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
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
        String name = members.person(person).map(Person::name).orElse(null);
        if (!members.letRejoin(person, branch)) {
            ctx.replies().say("member.rejoin.not_barred");
            return;
        }
        ctx.replies().say("member.rejoin.allowed", name == null ? Map.of() : Map.of("name", name));
    }
}
