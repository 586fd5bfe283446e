package vn.chidoan.core.features.notice;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.org.unit.Organisation;

/**
 * Kind {@code notice-summary}: at a notice's acknowledgement deadline its sender gets the results and the
 * Excel file, once (the reminder's claim sees to that), while they still lead its unit or one above; a
 * deadline inside quiet hours sends it when they end, and it stays worth sending for {@link #USEFUL_FOR}.
 */
@Component
class NoticeSummary implements ReminderKind {
    static final String KIND = "notice-summary";
    static final Duration USEFUL_FOR = Duration.ofDays(7);

    private final Notices notices;
    private final Organisation org;
    private final NoticeReport report;

    NoticeSummary(Notices notices, Organisation org, NoticeReport report) {
        this.notices = notices;
        this.org = org;
        this.report = report;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        notices.find(Long.parseLong(reminder.target())).filter(this::senderStillLeads).ifPresent(notice -> {
            ChatRef chat = notice.senderAccount().privateChat();
            report.send(notice, chat, notice.lang(), reminder.outboxKey(occurrence, chat), Priority.BULK);
        });
    }

    @Override
    public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return occurrence.event().plus(USEFUL_FOR);
    }

    private boolean senderStillLeads(Notice notice) {
        if (notice.sender() == null || notice.senderAccount() == null) {
            return false;
        }
        return org.unit(notice.origin())
                .filter(unit -> org.officerUnits(notice.sender()).stream().anyMatch(unit::within)).isPresent();
    }
}
