package vn.chidoan.core.comment;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidoan.core.audience.FanoutKind;
import vn.chidoan.core.chat.UnitId;

/**
 * Fan-out kind {@code comment}: a post's cause ({@code comment:<number>}) reaches its branches slice by
 * slice ({@link Comments#deliver}). A post deleted meanwhile has nothing left to send.
 */
@Component
class CommentFanout implements FanoutKind {
    static final String KIND = "comment";
    private static final String PREFIX = "comment:";

    private final Comments comments;

    CommentFanout(Comments comments) {
        this.comments = comments;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String cause, List<UnitId> branches) {
        comments.post(Long.parseLong(cause.substring(PREFIX.length()))).ifPresent(post -> comments.deliver(post, branches));
    }
}
