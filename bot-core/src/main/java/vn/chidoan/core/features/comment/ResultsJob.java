package vn.chidoan.core.features.comment;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.work.JobKind;

/**
 * {@code /gopy_ketqua} of a post to a subtree, as a job ({@link ResultsCommand} answered at once):
 * the summary of totals per sub-unit and the .xlsx, to the asker's private chat under the keys the
 * command derived from its event, so a job run twice sends them once.
 */
@Component
class ResultsJob implements JobKind {
    static final String KIND = "comment-results";

    private final Comments comments;
    private final ResultsReport report;
    private final Outbox outbox;
    private final Texts texts;

    ResultsJob(Comments comments, ResultsReport report, Outbox outbox, Texts texts) {
        this.comments = comments;
        this.report = report;
        this.outbox = outbox;
        this.texts = texts;
    }

    static Map<String, String> params(CommentPost post, ChatRef chat, String lang, String key) {
        return Map.of("post", Long.toString(post.number()), "chat", chat.key(), "lang", lang, "key", key);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(String id, Map<String, String> params) {
        long number = Long.parseLong(params.get("post"));
        CommentPost post = comments.post(number).orElseThrow(() -> new IllegalStateException("no post " + number));
        report.send(post, ChatRef.parse(params.get("chat")), params.get("lang"), params.get("key"),
                Priority.INTERACTIVE);
    }

    @Override
    public void gaveUp(String id, Map<String, String> params) {
        outbox.enqueue(params.get("key") + ":failed", ChatRef.parse(params.get("chat")), OutgoingMessage.text(
                texts.render("comment.results.failed", params.get("lang"), Map.of("number", params.get("post")))),
                Priority.INTERACTIVE);
    }
}
