package vn.chidoan.core.features.comment;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.work.Jobs;
import vn.chidoan.core.org.audience.PostedRights;

/**
 * {@code /gopy_ketqua [số]}: the summary and the Excel file of a post (by default the caller's latest),
 * always in the caller's private chat since it names members. The poster may ask while still on the
 * committee of the post's unit, and so may an officer of that unit or one above
 * ({@link PostedRights#mayReadAll}: the comments are not split by branch, so a branch's committee may not).
 * A post to a subtree (a province: thousands of branches and comments) is counted as a job, off the
 * inbound lane: the command answers at once that it is working.
 */
@Component
class ResultsCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("gopy_ketqua").minRole(Role.BCH)
            .place(Place.ANYWHERE).arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Comments comments;
    private final PostedRights rights;
    private final ResultsReport report;
    private final Jobs jobs;

    ResultsCommand(Comments comments, PostedRights rights, ResultsReport report, Jobs jobs) {
        this.comments = comments;
        this.rights = rights;
        this.report = report;
        this.jobs = jobs;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        CommentPost post = postOf(ctx);
        if (!rights.mayReadAll(ctx.caller(), post)) {
            throw new BadInput("comment.results.not_yours", Map.of("number", post.number()));
        }
        if (post.toSubtree()) {
            String key = ctx.keyOf("results");
            jobs.start(key, ResultsJob.KIND, ResultsJob.params(post, ctx.caller().user().privateChat(),
                    ctx.replies().lang(), key));
            ctx.replies().say("comment.results.working", Map.of("number", post.number(),
                    "branches", post.branches().size()));
            return;
        }
        ctx.answerPrivately((chat, lang, key) -> report.send(post, chat, lang, key, Priority.INTERACTIVE),
                "comment.results.sent_private", Map.of("number", post.number()));
    }

    private CommentPost postOf(CommandContext ctx) {
        if (ctx.hasArgs()) {
            int number = Arguments.positive(Arguments.firstWord(ctx.args()), "comment.results.bad_number");
            return comments.post(number).orElseThrow(() -> new BadInput("comment.no_such_post",
                    Map.of("number", number)));
        }
        Optional<CommentPost> latest = ctx.caller().person() == null ? Optional.empty()
                : comments.latestBy(ctx.caller().person());
        return latest.orElseThrow(() -> new BadInput("comment.results.none"));
    }
}
