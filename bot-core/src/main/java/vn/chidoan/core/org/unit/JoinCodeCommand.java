package vn.chidoan.core.org.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /mathamgia_moi}: the secretary renews the branch's join code when the old one went where it
 * should not. The old code stops at once (whoever opens it is told to ask for the new link), and the
 * join button is posted again, with the new code, in every group of the branch.
 */
@Component
class JoinCodeCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("mathamgia_moi").minRole(Role.SECRETARY)
            .place(Place.ANYWHERE).build();

    private final Organisation org;

    JoinCodeCommand(Organisation org) {
        this.org = org;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = ctx.caller().unit();
        Unit unit = branch == null ? null : org.unit(branch).filter(u -> u.kind().isBranch()).orElse(null);
        if (unit == null) {
            throw new BadInput("org.join.renew_no_branch");
        }
        Replies replies = ctx.replies();
        InviteStore.InviteDoc code = org.invites().renewJoin(branch, replies.eventKey(), org.clock().instant());
        Map<String, Object> model = new HashMap<>(Map.of("branch", unit.name(), "code", code.id()));
        org.startLink(replies.chat().platform(), code.id()).ifPresent(link -> model.put("link", link));
        replies.say("org.join.renewed", model);
        List<ChatRef> groups = org.groupsOf(List.of(branch), List.of(Platform.values())).getOrDefault(branch, List.of());
        for (ChatRef group : groups) {
            if (ctx.message().kind() == ChatKind.GROUP && group.equals(replies.chat())) {
                JoinInvites.post(org, branch, replies);
            } else {
                replies.sendTo(group, JoinInvites.message(org, branch, group.platform(), replies));
            }
        }
    }
}
