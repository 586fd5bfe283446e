package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.audience.FanoutReport;
import vn.chidoan.core.org.audience.PostedRights;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.Schedule;

/**
 * Fan-out kind {@code comment}: a post's cause ({@code comment:<number>}) reaches its branches slice by
 * slice: the post to each of their chats and each one's reminder before the deadline. A post deleted meanwhile has nothing left to send, nor one whose
 * poster may no longer post it (dismissed, or their data erased) when a slice's turn comes. When a post for
 * several branches has reached them all, its poster is told so, once (if they may still read it); when some
 * branches could not get it, the poster is told which, once.
 */
@Component
class CommentFanout implements FanoutKind {
    static final String KIND = "comment";
    private static final String PREFIX = "comment:";
    private static final Logger log = LoggerFactory.getLogger(CommentFanout.class);

    private final Comments comments;
    private final PostedRights rights;
    private final FanoutReport report;
    private final BranchAudience audience;
    private final Reminders reminders;
    private final Texts texts;
    private final Clock clock;

    CommentFanout(Comments comments, PostedRights rights, FanoutReport report, BranchAudience audience,
            Reminders reminders, Texts texts, Clock clock) {
        this.comments = comments;
        this.rights = rights;
        this.report = report;
        this.audience = audience;
        this.reminders = reminders;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Each slice is sent on the poster's behalf: only while they may still post it ({@link PostedRights}). */
    @Override
    public void deliver(String cause, List<UnitId> branches) {
        comments.post(number(cause)).ifPresent(post -> rights.creator(post).ifPresentOrElse(
                poster -> deliver(post, branches),
                () -> log.info("Post {} not sent to {} more branches: its poster may no longer post it",
                        post.number(), branches.size())));
    }

    /**
     * A branch's own post that reached it needs no word: the reply to {@code /gopy} already said it is
     * posted. Branches left out are named, with what to do about them.
     */
    @Override
    public void finished(String cause, int branches, List<UnitId> leftOut) {
        comments.post(number(cause)).filter(post -> post.creatorAccount() != null)
                .ifPresent(post -> rights.creator(post).ifPresent(poster -> report.tell(cause,
                        post.creatorAccount().privateChat(), poster.lang(), new FanoutReport.Sent("comment.post.named",
                                Map.of("number", post.number(), "title", post.title()),
                                "/gopy_ketqua " + post.number(), true), branches, leftOut)));
    }

    /**
     * Posts to these branches of the post (a slice of its fan-out): the message to each of their chats,
     * and each one's reminder before the deadline. Again for the same branches stores nothing new.
     */
    private void deliver(CommentPost post, List<UnitId> branches) {
        audience.post(post.cause(), branches,
                platform -> PostMessages.post(post, platform, texts, Texts.VIETNAMESE, clock.getZone()), Priority.BULK);
        if (post.deadline() != null) {
            reminders.saveAll(branches.stream().map(branch -> Reminder.of(CommentReminder.KIND,
                    Reminder.perBranch(post.number(), branch), branch, new Schedule.OneOff(post.deadline()))).toList());
        }
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
