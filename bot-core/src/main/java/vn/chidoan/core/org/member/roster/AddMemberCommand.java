package vn.chidoan.core.org.member.roster;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;

/** {@code /thanhvien_them <họ tên>}: the BCH adds a member by name, before they have an account. */
@Component
class AddMemberCommand extends BranchRosterCommand {
    private static final CommandSpec SPEC = CommandSpec.command("thanhvien_them").minRole(Role.BCH)
            .place(Place.ANYWHERE).arguments(CommandSpec.Arguments.REQUIRED).onBranch().build();

    AddMemberCommand(Members members) {
        super(SPEC, members);
    }

    @Override
    public void handle(CommandContext ctx) {
        RosterEntry added = members.addByName(BranchContext.branch(ctx.caller()), ctx.args(), Texts.VIETNAMESE,
                ctx.replies().eventKey());
        ctx.replies().say("member.add.done", Map.of("name", added.name(), "number", added.number()));
    }
}
