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

/** The private-chat dialogue that takes one comment, or the new text of one, after a button press. */
@Component
class CommentFlow implements Flow {
    static final String NAME = "comment";
    private static final String WRITE = "write";
    private static final String EDIT = "edit";
    private static final String POST = "post";
    private static final String NUMBER = "number";

    private final Comments comments;

    CommentFlow(Comments comments) {
        this.comments = comments;
    }

    static void begin(Conversations conversations, Caller caller, Replies replies, CommentPost post) {
        conversations.start(NAME, caller, replies, WRITE, Map.of(POST, Long.toString(post.number())));
        replies.say("comment.ask.comment", Map.of("title", post.title()),
                List.of(List.of(Conversations.cancelButton(replies))));
    }

    static void beginEdit(Conversations conversations, Caller caller, Replies replies, Comment comment) {
        conversations.start(NAME, caller, replies, EDIT, Map.of(POST, Long.toString(comment.post()),
                NUMBER, Integer.toString(comment.number())));
        replies.say("comment.ask.edit", Map.of("post", comment.post(), "number", comment.number(), "text", comment.text()),
                List.of(List.of(Conversations.cancelButton(replies))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(30);
    }

    @Override
    public Next onText(Dialogue dialogue, String text) {
        long post = Long.parseLong(dialogue.data().get(POST));
        Replies replies = dialogue.replies();
        if (EDIT.equals(dialogue.step())) {
            int number = Integer.parseInt(dialogue.data().get(NUMBER));
            comments.edit(post, number, dialogue.caller(), text);
            replies.say("comment.edited", Map.of("post", post, "number", number));
        } else {
            Comment comment = comments.comment(post, dialogue.caller(), text, replies.eventKey());
            saved(replies, comment);
        }
        return Next.end();
    }

    /** The acknowledgement of a new comment, with the way to see, change or withdraw it. */
    static void saved(Replies replies, Comment comment) {
        replies.say("comment.saved", Map.of("post", comment.post(), "number", comment.number()), List.of(List.of(
                Button.action(replies.label("comment.button.mine"), CommentButtons.data("m", comment.post())))));
    }
}
