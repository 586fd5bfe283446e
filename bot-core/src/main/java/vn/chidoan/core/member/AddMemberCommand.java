package vn.chidoan.core.member;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.Place;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.pipeline.Command;
import vn.chidoan.core.pipeline.CommandContext;
import vn.chidoan.core.pipeline.CommandSpec;
import vn.chidoan.core.text.Texts;

/** {@code /thanhvien_them <họ tên>}: the BCH adds a member by name, before they have an account. */
@Component
public class AddMemberCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("thanhvien_them").minRole(Role.BCH)
            .place(Place.ANYWHERE).arguments(CommandSpec.Arguments.REQUIRED).build();

    private final Members members;

    public AddMemberCommand(Members members) {
        this.members = members;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        RosterEntry added = members.addByName(BranchContext.branch(ctx.caller()), ctx.args(), Texts.VIETNAMESE,
                ctx.replies().eventKey());
        ctx.replies().say("member.add.done", Map.of("name", added.name(), "number", added.number()));
    }
}
