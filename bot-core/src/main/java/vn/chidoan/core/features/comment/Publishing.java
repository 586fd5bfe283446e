package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.audience.BranchFanout;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.org.unit.Organisation;

/**
 * Publishes a draft to every branch at or below the poster's unit and tells the poster where it went and how
 * to see the results. The post is stored and its summary planned; the sending is handed to a
 * {@link BranchFanout} ({@link CommentFanout}: the post to every chat, the deadline reminder of each branch),
 * which goes on in the background and survives a crash; a replay of the asking event does none of it twice.
 */
@Component
class Publishing {
    private final Comments comments;
    private final Organisation org;
    private final Reminders reminders;
    private final BranchFanout fanout;
    private final Clock clock;

    Publishing(Comments comments, Organisation org, Reminders reminders, BranchFanout fanout, Clock clock) {
        this.comments = comments;
        this.org = org;
        this.reminders = reminders;
        this.fanout = fanout;
        this.clock = clock;
    }

    void publish(PostDraft draft, Caller caller, Replies replies) {
        CommentPost post = publish(draft, caller, replies.eventKey());
        Map<String, Object> model = new HashMap<>(PostMessages.model(post, clock.getZone()));
        model.put("branches", post.branches().size());
        replies.say("comment.post.published", model);
    }

    /** Stores the post made by {@code source} (the same source again: the same post) and starts sending it. */
    CommentPost publish(PostDraft draft, Caller caller, String source) {
        List<UnitId> branches = caller.unit() == null ? List.of() : org.branchesWithin(caller.unit());
        if (branches.isEmpty() || caller.person() == null) {
            throw new BadInput("comment.post.no_branches");
        }
        if (draft.deadline() != null && !draft.deadline().isAfter(clock.instant())) {
            throw new BadInput("comment.post.past_deadline");
        }
        CommentPost post = comments.posts().create(draft, caller.person(), caller.user(), caller.unit(), branches,
                source, clock.instant());
        if (post.deadline() != null) {
            reminders.save(new Reminder(SummaryReminder.KIND, Long.toString(post.number()), post.origin(),
                    new Schedule.OneOff(post.deadline()), List.of(Duration.ZERO)));
        }
        fanout.start(post.cause(), CommentFanout.KIND, post.branches());
        return post;
    }

    Clock clock() {
        return clock;
    }
}
