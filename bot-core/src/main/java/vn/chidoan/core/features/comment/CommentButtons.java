package vn.chidoan.core.features.comment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * The buttons under a post and a member's list: {@code gy:c:<post>} comment, {@code gy:p:<post>} no
 * comment, {@code gy:m:<post>} my comments, {@code gy:e:<post>:<n>} edit and {@code gy:w:<post>:<n>}
 * withdraw comment n. Each press re-checks that the post is open and the presser may answer it.
 */
@Component
class CommentButtons implements ButtonAction {
    static final String PREFIX = "gy";

    private final Comments comments;
    private final Conversations conversations;
    private final PrivateChannel channel;

    CommentButtons(Comments comments, Conversations conversations, PrivateChannel channel) {
        this.comments = comments;
        this.conversations = conversations;
        this.channel = channel;
    }

    static String data(String action, long post) {
        return PREFIX + ":" + action + ":" + post;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        if (parts.length < 2 || !parts[1].matches("\\d{1,12}")) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        long post = Long.parseLong(parts[1]);
        switch (parts[0]) {
            case "c" -> write(ctx, comments.answerable(post, ctx.caller()));
            case "p" -> {
                comments.pass(post, ctx.caller());
                ctx.toast("comment.toast.passed");
            }
            case "m" -> inPrivate(ctx, replies -> MyComments.show(replies, comments.mine(post, ctx.caller())));
            case "e", "w" -> own(ctx, parts[0], post, parts.length > 2 ? parts[2] : "");
            default -> ctx.toast("pipeline.button_expired");
        }
    }

    private void write(ButtonContext ctx, CommentPost post) {
        Optional<Replies> own = channel.of(ctx);
        if (own.isPresent()) {
            CommentFlow.begin(conversations, ctx.caller(), own.get(), post);
            if (own.get() != ctx.replies()) {
                ctx.toast("comment.toast.in_private");
            }
            return;
        }
        channel.startLink(ctx.press().chat().platform(), CommentStartLinks.payload(post)).ifPresentOrElse(
                link -> ctx.replies().say("comment.open_private", Map.of("title", post.title()),
                        List.of(List.of(Button.link(ctx.replies().label("comment.button.open_private"), link)))),
                () -> ctx.toast("comment.toast.start_first"));
    }

    private void own(ButtonContext ctx, String action, long post, String number) {
        if (!number.matches("\\d{1,6}")) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        int which = Integer.parseInt(number);
        if (action.equals("w")) {
            boolean withdrawn = comments.withdraw(post, which, ctx.caller());
            ctx.replies().say(withdrawn ? "comment.withdrawn" : "comment.already_withdrawn",
                    Map.of("post", post, "number", which));
            return;
        }
        comments.answerable(post, ctx.caller());
        Comment comment = comments.store().find(post, which)
                .filter(c -> c.person().equals(ctx.caller().person()) && !c.withdrawn())
                .orElseThrow(() -> new BadInput("comment.not_yours", Map.of("post", post, "number", which)));
        CommentFlow.beginEdit(conversations, ctx.caller(), ctx.replies(), comment);
    }

    private void inPrivate(ButtonContext ctx, Consumer<Replies> show) {
        Optional<Replies> own = channel.of(ctx);
        if (own.isEmpty()) {
            ctx.toast("comment.toast.start_first");
            return;
        }
        show.accept(own.get());
        if (own.get() != ctx.replies()) {
            ctx.toast("comment.toast.in_private");
        }
    }
}
