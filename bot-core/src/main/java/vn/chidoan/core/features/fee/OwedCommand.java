package vn.chidoan.core.features.fee;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * {@code /doanphi_no [kỳ]}: for a branch (the BCH, or an officer in its group), who owes what with the
 * totals, privately; for an officer's own unit, the subtree's collection ({@link SubtreeReport}).
 */
@Component
class OwedCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("doanphi_no").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final BookWords book;
    private final SubtreeReport subtree;
    private final Organisation org;

    OwedCommand(BookWords book, SubtreeReport subtree, Organisation org) {
        this.book = book;
        this.subtree = subtree;
        this.org = org;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId unit = Overview.branchOf(ctx.caller());
        if (org.unit(unit).map(Unit::kind).filter(kind -> kind.isBranch()).isPresent()) {
            book.owed(ctx);
        } else {
            subtree.report(ctx, unit, ctx.args());
        }
    }
}
