package vn.chidoan.core.org.unit;

import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
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
        replies.send(message(org, branchId, replies.chat().platform(), replies));
    }

    /** The post for a chat on {@code platform}, with the branch's current join code. */
    static OutgoingMessage message(Organisation org, UnitId branchId, Platform platform, Replies replies) {
        Unit branch = org.unit(branchId).orElseThrow();
        InviteStore.InviteDoc join = org.invites().issue(InviteStore.Purpose.JOIN_BRANCH, branchId,
                InviteStore.joinOrigin(branchId), org.clock().instant());
        Map<String, Object> model = Map.of("branch", branch.name(), "code", join.id());
        return org.startLink(platform, join.id())
                .map(link -> OutgoingMessage.text(replies.render("org.join.invite", model))
                        .withButtons(List.of(List.of(Button.link(replies.label("org.join.button"), link)))))
                .orElseGet(() -> OutgoingMessage.text(replies.render("org.join.invite_code", model)));
    }
}
