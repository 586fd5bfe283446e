package vn.chidoan.core.features.comment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * The private-chat dialogue that takes one comment, or the new text of one, after a button press. Each
 * answer is checked again by {@link Comments}: the post still open, the speaker still a member of a
 * branch it reached.
 */
@Component
class CommentFlow implements Flow<CommentFlow.Asked> {
    static final String NAME = "comment";

    /** What the member was asked for. */
    sealed interface Asked permits Write, Edit {
    }

    /** A new comment on the post. */
    record Write(long post) implements Asked {
    }

    /** The new text of their comment {@code number} on the post. */
    record Edit(long post, int number) implements Asked {
    }

    private final Comments comments;

    CommentFlow(Comments comments) {
        this.comments = comments;
    }

    static void begin(Conversations conversations, Caller caller, Replies replies, CommentPost post) {
        conversations.start(NAME, caller, replies, new Write(post.number()));
        replies.say("comment.ask.comment", Map.of("title", post.title()),
                List.of(List.of(Conversations.cancelButton(replies))));
    }

    static void beginEdit(Conversations conversations, Caller caller, Replies replies, Comment comment) {
        conversations.start(NAME, caller, replies, new Edit(comment.post(), comment.number()));
        replies.say("comment.ask.edit", Map.of("post", comment.post(), "number", comment.number(), "text", comment.text()),
                List.of(List.of(Conversations.cancelButton(replies))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Asked> stateType() {
        return Asked.class;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(30);
    }

    @Override
    public Next<Asked> onText(Dialogue<Asked> dialogue, String text) {
        Replies replies = dialogue.replies();
        if (dialogue.state() instanceof Edit edit) {
            comments.edit(edit.post(), edit.number(), dialogue.caller(), text);
            replies.say("comment.edited", Map.of("post", edit.post(), "number", edit.number()));
        } else if (dialogue.state() instanceof Write write) {
            saved(replies, comments.comment(write.post(), dialogue.caller(), text, replies.eventKey()));
        }
        return Next.end();
    }

    /** The acknowledgement of a new comment, with the way to see, change or withdraw it. */
    static void saved(Replies replies, Comment comment) {
        replies.say("comment.saved", Map.of("post", comment.post(), "number", comment.number()), List.of(List.of(
                Button.action(replies.label("comment.button.mine"), CommentButtons.data("m", comment.post())))));
    }
}
