package vn.chidoan.core.org.member.roster;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * {@code mrj:<branch>:<person>}, under "removed from the roster": the BCH of that branch lets that
 * person join again with the branch's code, re-checked against the presser's role on the branch itself
 * (wherever the button is pressed).
 */
@Component
class RejoinButtons extends BranchButtons {
    static final String PREFIX = "mrj";

    private final Members members;

    RejoinButtons(Members members, CallerResolver callers) {
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
        String name = members.person(person).map(Person::name).orElse(null);
        if (!members.letRejoin(person, branch)) {
            ctx.replies().say("member.rejoin.not_barred");
            return;
        }
        ctx.replies().say("member.rejoin.allowed", name == null ? Map.of() : Map.of("name", name));
    }
}
