package vn.chidoan.core.features.form;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;

/**
 * Kind {@code registration-summary}: at a form's deadline its creator gets the results and the Excel
 * file, once (the reminder's claim sees to that across restarts and instances), if they may still read
 * them then; and the posts lose their "Đăng ký" button. A deadline inside quiet hours sends it when they
 * end; it stays worth sending for {@link #USEFUL_FOR}.
 */
@Component
class DeadlineSummary implements ReminderKind {
    static final String KIND = "registration-summary";
    static final Duration USEFUL_FOR = Duration.ofDays(7);

    private final Forms forms;
    private final CreatorRights rights;
    private final FormResultsReport report;
    private final CountsEdits counts;

    DeadlineSummary(Forms forms, CreatorRights rights, FormResultsReport report, CountsEdits counts) {
        this.forms = forms;
        this.rights = rights;
        this.report = report;
        this.counts = counts;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        forms.find(Long.parseLong(reminder.target())).ifPresent(form -> {
            counts.owe(form);
            rights.creator(form).ifPresent(creator -> {
                ChatRef chat = creator.user().privateChat();
                report.send(form, form.branches(), chat, creator.lang(), reminder.outboxKey(occurrence, chat),
                        Priority.BULK);
            });
        });
    }

    @Override
    public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return occurrence.event().plus(USEFUL_FOR);
    }
}
