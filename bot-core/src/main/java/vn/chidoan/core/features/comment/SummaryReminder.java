package vn.chidoan.core.features.comment;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.org.audience.PostedRights;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;

/**
 * Kind {@code comment-summary}: at a post's deadline its poster gets the summary and the Excel file,
 * once (the reminder's claim sees to that across restarts and instances), if they may still read it
 * then ({@link PostedRights}). A deadline inside quiet hours sends it when they end; it stays worth
 * sending for {@link #USEFUL_FOR}.
 */
@Component
class SummaryReminder implements ReminderKind {
    static final String KIND = "comment-summary";
    static final Duration USEFUL_FOR = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(SummaryReminder.class);

    private final Comments comments;
    private final PostedRights rights;
    private final ResultsReport report;

    SummaryReminder(Comments comments, PostedRights rights, ResultsReport report) {
        this.comments = comments;
        this.rights = rights;
        this.report = report;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        comments.post(Long.parseLong(reminder.target())).filter(post -> post.creatorAccount() != null)
                .ifPresent(post -> rights.creator(post).ifPresentOrElse(
                poster -> {
                    ChatRef chat = post.creatorAccount().privateChat();
                    report.send(post, chat, poster.lang(), reminder.outboxKey(occurrence, chat), Priority.BULK);
                },
                () -> log.info("Summary of post {} not sent: its poster may no longer read it", post.number())));
    }

    @Override
    public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return occurrence.event().plus(USEFUL_FOR);
    }
}
