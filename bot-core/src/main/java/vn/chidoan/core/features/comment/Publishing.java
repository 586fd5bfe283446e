package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.pipeline.Replies;

/** Publishes a draft for the poster and tells them where it went and how to see the results. */
@Component
class Publishing {
    private final Comments comments;
    private final Clock clock;

    Publishing(Comments comments, Clock clock) {
        this.comments = comments;
        this.clock = clock;
    }

    void publish(PostDraft draft, Caller caller, Replies replies) {
        CommentPost post = comments.publish(draft, caller, replies.eventKey());
        Map<String, Object> model = new HashMap<>(PostMessages.model(post, clock.getZone()));
        model.put("branches", post.branches().size());
        replies.say("comment.post.published", model);
    }

    Clock clock() {
        return clock;
    }
}
