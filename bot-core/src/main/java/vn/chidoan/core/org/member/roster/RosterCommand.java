package vn.chidoan.core.org.member.roster;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.org.member.Members;

/** {@code /thanhvien}: the branch's roster, numbered, with roles. */
@Component
class RosterCommand extends BranchRosterCommand {
    private static final CommandSpec SPEC = CommandSpec.command("thanhvien").minRole(Role.BCH)
            .place(Place.ANYWHERE).onBranch().build();

    RosterCommand(Members members) {
        super(SPEC, members);
    }

    @Override
    public void handle(CommandContext ctx) {
        List<RosterEntry> roster = members.roster(BranchContext.branch(ctx.caller()));
        if (roster.isEmpty()) {
            ctx.replies().say("member.roster.empty");
            return;
        }
        ctx.replies().say("member.roster.list", Map.of("count", roster.size(),
                "lines", BranchContext.lines(roster, ctx.replies())));
    }
}
