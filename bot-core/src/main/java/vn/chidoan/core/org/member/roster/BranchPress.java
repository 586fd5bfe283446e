package vn.chidoan.core.org.member.roster;

import java.util.Optional;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonContext;

/**
 * A roster button's {@code <branch>:<person>}, with the presser as they stand on that branch: the role
 * that counts is the one on the button's own branch, wherever it is pressed. Empty (the presser already
 * told why) when the data is stale or the presser is not on the branch's committee.
 */
record BranchPress(UnitId branch, PersonId person, Caller there) {

    static String data(String prefix, UnitId branch, PersonId person) {
        return prefix + ":" + branch.value() + ":" + person.value();
    }

    static Optional<BranchPress> of(ButtonContext ctx, CallerResolver callers) {
        String[] parts = ctx.args().split(":", 2);
        if (parts.length < 2) {
            ctx.toast("pipeline.button_expired");
            return Optional.empty();
        }
        UnitId branch = new UnitId(parts[0]);
        Caller there = callers.on(ctx.caller(), branch);
        if (!there.role().atLeast(Role.BCH)) {
            ctx.toast("pipeline.button_refused.bch");
            return Optional.empty();
        }
        return Optional.of(new BranchPress(branch, new PersonId(parts[1]), there));
    }
}
