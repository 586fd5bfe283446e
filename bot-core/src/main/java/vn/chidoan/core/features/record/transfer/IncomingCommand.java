package vn.chidoan.core.features.record.transfer;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.features.record.RecordRights;

/** {@code /chuyensh}: the transfers waiting for the branch's secretary to accept or refuse, with their buttons. */
@Component
class IncomingCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("chuyensh").minRole(Role.SECRETARY)
            .place(Place.ANYWHERE).onBranch().build();

    private final Transfers transfers;
    private final RecordRights rights;

    IncomingCommand(Transfers transfers, RecordRights rights) {
        this.transfers = transfers;
        this.rights = rights;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = rights.branchOf(ctx.caller());
        List<Transfer> waiting = transfers.store().pendingInto(branch);
        if (waiting.isEmpty()) {
            ctx.replies().say("record.transfer.none_waiting", Map.of("branch", transfers.name(branch)));
            return;
        }
        waiting.stream().limit(20).forEach(transfer -> transfers.ask(transfer, ctx.replies()));
    }
}
