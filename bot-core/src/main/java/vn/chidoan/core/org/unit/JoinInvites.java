package vn.chidoan.core.org.unit;

import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * The post in a branch's group that lets members join: a join button (label {@code org.join.button})
 * opening the private chat with the branch's reusable join code, or the code to type where the platform has no
 * deep links. Bots cannot list a group's members, so the roster grows from these joins.
 */
final class JoinInvites {
    private JoinInvites() {
    }

    static void post(Organisation org, UnitId branchId, Replies replies) {
        Unit branch = org.unit(branchId).orElseThrow();
        InviteStore.InviteDoc join = org.invites().issue(InviteStore.Purpose.JOIN_BRANCH, branchId,
                "join:" + branchId.value(), org.clock().instant());
        Map<String, Object> model = Map.of("branch", branch.name(), "code", join.id());
        org.startLink(replies.chat().platform(), join.id()).ifPresentOrElse(
                link -> replies.say("org.join.invite", model,
                        List.of(List.of(Button.link(replies.label("org.join.button"), link)))),
                () -> replies.say("org.join.invite_code", model));
    }
}
