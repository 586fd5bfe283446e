package vn.chidoan.core.features.comment;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.kernel.text.Texts;

/**
 * Kind {@code comment-summary}: at a post's deadline its poster gets the summary and the Excel file,
 * once (the reminder's claim sees to that across restarts and instances). A deadline inside quiet
 * hours sends it when they end; it stays worth sending for {@link #USEFUL_FOR}.
 */
@Component
class SummaryReminder implements ReminderKind {
    static final String KIND = "comment-summary";
    static final Duration USEFUL_FOR = Duration.ofDays(7);

    private final Comments comments;
    private final Members members;
    private final ResultsReport report;

    SummaryReminder(Comments comments, Members members, ResultsReport report) {
        this.comments = comments;
        this.members = members;
        this.report = report;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        comments.post(Long.parseLong(reminder.target())).ifPresent(post -> {
            ChatRef chat = post.posterAccount().privateChat();
            String lang = members.person(post.poster()).map(Person::lang).orElse(Texts.VIETNAMESE);
            report.send(post, chat, lang, reminder.outboxKey(occurrence, chat), Priority.BULK);
        });
    }

    @Override
    public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return occurrence.event().plus(USEFUL_FOR);
    }
}
