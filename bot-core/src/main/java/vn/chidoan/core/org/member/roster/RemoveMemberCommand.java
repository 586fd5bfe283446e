package vn.chidoan.core.org.member.roster;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.Members;

/** {@code /thanhvien_xoa <số thứ tự>}: asks the BCH to confirm removing that member from the roster. */
@Component
class RemoveMemberCommand extends BranchRosterCommand {
    private static final CommandSpec SPEC = CommandSpec.command("thanhvien_xoa").minRole(Role.BCH)
            .place(Place.ANYWHERE).arguments(CommandSpec.Arguments.REQUIRED).onBranch().build();

    RemoveMemberCommand(Members members) {
        super(SPEC, members);
    }

    @Override
    public void handle(CommandContext ctx) {
        int number = typedNumber(ctx);
        UnitId branch = BranchContext.branch(ctx.caller());
        RosterEntry target = members.rosterEntry(branch, number);
        BranchContext.mayChange(ctx.caller(), target);
        Replies replies = ctx.replies();
        replies.say("member.remove.confirm", Map.of("number", number, "name", BranchContext.nameOf(target)),
                List.of(List.of(Button.action(replies.label("member.remove.yes_button"),
                        RemoveButtons.data(branch, target.person())))));
    }
}
