package vn.chidoan.core.features.comment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.pipeline.MessageContext;
import vn.chidoan.core.kernel.pipeline.MessageListener;

/**
 * A reply to the bot's post is a comment on it (Telegram delivers replies to the bot even with privacy
 * mode on). The post is found by the platform id its message got in this chat: for each recent post
 * that reached the chat's branch, the outbox key it was sent under names the delivered message. On an
 * anonymous post a reply in the group is not taken (the group would see who wrote which comment): the
 * group is told, with no number, that comments on it go privately through its button.
 */
@Component
class ReplyComments implements MessageListener {
    static final int RECENT_POSTS = 20;

    private final Comments comments;
    private final Organisation org;
    private final Members members;
    private final Deliveries deliveries;

    ReplyComments(Comments comments, Organisation org, Members members, Deliveries deliveries) {
        this.comments = comments;
        this.org = org;
        this.members = members;
        this.deliveries = deliveries;
    }

    @Override
    public boolean onMessage(MessageContext ctx) {
        Inbound.MessageReceived message = ctx.message();
        if (message.replyToMessageId() == null) {
            return false;
        }
        Optional<CommentPost> post = answered(message.chat(), message.replyToMessageId(), branches(ctx));
        if (post.isEmpty()) {
            return false;
        }
        if (post.get().anonymous() && message.kind() == ChatKind.GROUP) {
            ctx.replies().say("comment.anonymous_reply", Map.of(), List.of(List.of(Button.action(
                    ctx.replies().label("comment.button.comment"), CommentButtons.data("c", post.get().number())))));
            return true;
        }
        Comment comment = comments.comment(post.get().number(), ctx.caller(), message.text(),
                ctx.replies().eventKey());
        CommentFlow.saved(ctx.replies(), comment);
        return true;
    }

    private List<UnitId> branches(MessageContext ctx) {
        if (ctx.message().kind() == ChatKind.GROUP) {
            return org.branchOfChat(ctx.message().chat()).stream().toList();
        }
        return ctx.caller().person() == null ? List.of()
                : members.membershipsOf(ctx.caller().person()).stream().map(Membership::branch).toList();
    }

    private Optional<CommentPost> answered(ChatRef chat, String repliedTo, List<UnitId> branches) {
        for (UnitId branch : branches) {
            for (CommentPost post : comments.latestFor(branch, RECENT_POSTS)) {
                String key = BranchAudience.key(post.cause(), chat);
                if (deliveries.messageId(key).filter(repliedTo::equals).isPresent()) {
                    return Optional.of(post);
                }
            }
        }
        return Optional.empty();
    }
}
