package vn.chidoan.core.features.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * "Xem góp ý của tôi": the member's own comments on a post, whole, each with Sửa and Rút while the
 * post is open. Anonymous posts too: anonymity hides authors from the poster, not from themselves.
 */
final class MyComments {
    private MyComments() {
    }

    static void show(Replies replies, Comments.Mine mine) {
        CommentPost post = mine.post();
        if (mine.comments().isEmpty()) {
            replies.say("comment.mine.none", Map.of("title", post.title(), "passed", mine.passed(),
                    "open", mine.open()));
            return;
        }
        StringBuilder lines = new StringBuilder();
        List<List<Button>> buttons = new ArrayList<>();
        for (Comment comment : mine.comments()) {
            Map<String, Object> model = Map.of("post", comment.post(), "number", comment.number(), "text", comment.text());
            lines.append(replies.render("comment.mine.line", model).markup()).append('\n');
            if (mine.open()) {
                buttons.add(List.of(
                        Button.action(replies.render("comment.button.edit", model).toPlainText(),
                                action("e", comment)),
                        Button.action(replies.render("comment.button.withdraw", model).toPlainText(),
                                action("w", comment))));
            }
        }
        replies.say("comment.mine.list", Map.of("title", post.title(), "lines", lines.toString().strip(),
                "open", mine.open()), buttons);
    }

    private static String action(String action, Comment comment) {
        return CommentButtons.data(action, comment.post()) + ":" + comment.number();
    }
}
