package vn.chidoan.core.org.member.roster;

import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;

/**
 * Roster buttons {@code <prefix>:<branch>:<person>} ({@link BranchPress}): the role that counts is the
 * presser's on the button's own branch, checked when pressed; stale data and a presser off the branch's
 * committee are answered before {@link #press} runs.
 */
abstract class BranchButtons extends RequestButtons {
    private final CallerResolver callers;

    BranchButtons(String prefix, CallerResolver callers) {
        super(prefix);
        this.callers = callers;
    }

    /** The data of {@code prefix}'s button on {@code person} of {@code branch}. */
    static String data(String prefix, UnitId branch, PersonId person) {
        return BranchPress.data(prefix, branch, person);
    }

    @Override
    public final void handle(ButtonContext ctx) {
        BranchPress.of(ctx, callers).ifPresent(pressed -> press(ctx, pressed));
    }

    /** Acts on the pressed person of the branch, the presser being on its committee now. */
    abstract void press(ButtonContext ctx, BranchPress pressed);
}
