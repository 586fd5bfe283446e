package vn.chidoan.core.org.member.roster;

import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.org.member.Members;

/** A command on the roster of the caller's branch (see {@link BranchContext}). */
abstract class BranchRosterCommand implements Command {
    private final CommandSpec spec;
    final Members members;

    BranchRosterCommand(CommandSpec spec, Members members) {
        this.spec = spec;
        this.members = members;
    }

    @Override
    public final CommandSpec spec() {
        return spec;
    }

    /** The roster number typed first; the command's usage if it is not a positive number. */
    final int typedNumber(CommandContext ctx) {
        return Arguments.positive(Arguments.firstWord(ctx.args()), spec.usageKey());
    }
}
