package vn.chidoan.core.features.record.change;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.features.record.RecordRights;

/**
 * {@code /truongthanh}, in the private chat (names and dates of birth are personal): who of the branch
 * turns 30 by the end of this quarter, as the quarterly check finds them, each with the button that
 * confirms it (the secretary's).
 */
@Component
class MaturingCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("truongthanh").minRole(Role.BCH)
            .place(Place.PRIVATE).onBranch().build();

    private final MaturingCheck check;
    private final RecordRights rights;
    private final Clock clock;

    MaturingCommand(MaturingCheck check, RecordRights rights, Clock clock) {
        this.check = check;
        this.rights = rights;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = rights.branchOf(ctx.caller());
        LocalDate until = MaturingCheck.quarterEnd(LocalDate.now(clock));
        check.show(branch, check.due(branch, until), until, ctx.replies());
    }
}
