package vn.chidoan.core.features.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.features.meeting.checkin.CheckIns;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderEvents;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;

/**
 * A branch in group {@code -100} with its secretary and three members who joined by the group's
 * button, on the core's test context, with the meeting feature's services at hand; the clock starts at
 * 08:00 on Monday 2 March 2026 (Vietnam). Reminders are stored, not scheduled: tests fire the kind
 * themselves, and {@link #tick()} runs the periodic work.
 */
final class MeetingScenario {
    static final String GROUP = "-100";

    final TestBot bot;
    final Meetings meetings;
    final MeetingReminderKind kind;
    final InvitationReminderKind inviteKind;
    final CheckIns checkIns;
    final MeetingProperties properties;
    final Speaker officer;
    final Scenarios.Branch branch;
    final Speaker secretary;
    final Speaker dung;
    final Speaker giang;
    final Speaker hoa;

    MeetingScenario(Database db) {
        bot = TestBot.on(db);
        meetings = bot.bean(Meetings.class);
        kind = bot.bean(MeetingReminderKind.class);
        inviteKind = bot.bean(InvitationReminderKind.class);
        checkIns = bot.bean(CheckIns.class);
        properties = bot.bean(MeetingProperties.class);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", GROUP);
        secretary = branch.secretary();
        dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        giang = Scenarios.joined(bot, branch, "Vũ Văn Giang");
        hoa = Scenarios.joined(bot, branch, "Lê Thị Hoa");
    }

    /** One run of the periodic work (count edits, QR rotation). */
    void tick() {
        bot.bean(MeetingTicker.class).tick();
    }

    /** The meeting reminders saved (both kinds), in order, as stored. */
    List<Reminder> saved() {
        Reminders reminders = bot.bean(Reminders.class);
        return bot.events().of(ReminderEvents.ReminderScheduled.class).stream().map(ReminderEvents.ReminderScheduled::id)
                .filter(MeetingScenario::meetingReminder).map(id -> reminders.find(id).orElseThrow()).toList();
    }

    /** The first meeting reminder of this kind saved ({@code meeting} or {@code meeting-invite}). */
    Reminder saved(String kind) {
        return saved().stream().filter(r -> r.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " reminder in " + saved()));
    }

    /** The ids of the meeting reminders deleted. */
    List<String> deleted() {
        return bot.events().of(ReminderEvents.ReminderCancelled.class).stream().map(ReminderEvents.ReminderCancelled::id)
                .filter(MeetingScenario::meetingReminder).map(ReminderId::value).toList();
    }

    /** The secretary sets the branch's meeting reminders, as typed after {@code /nhacnho hop}. */
    void offsets(String typed) {
        bot.inGroup(GROUP, secretary).says("/nhacnho hop " + typed);
    }

    private static boolean meetingReminder(ReminderId id) {
        return id.value().startsWith(MeetingReminders.KIND + ":") || id.value().startsWith(MeetingReminders.INVITE_KIND + ":");
    }

    UnitId branchId() {
        return bot.org().branchOfChat(branch.group()).orElseThrow();
    }

    PersonId person(Speaker speaker) {
        return bot.members().personOf(speaker.ref()).orElseThrow().id();
    }

    /** The local time in Vietnam as an instant. */
    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(MutableClock.VIETNAM).toInstant();
    }

    void setTime(int month, int day, int hour, int minute) {
        bot.clock().set(at(month, day, hour, minute));
    }

    List<Meeting> meetings() {
        return meetings.between(List.of(branchId()), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
    }

    Meeting onlyMeeting() {
        List<Meeting> all = meetings();
        if (all.size() != 1) {
            throw new AssertionError("expected one meeting, found " + all);
        }
        return all.get(0);
    }

    List<RecordingOutbox.Sent> keyed(String prefix) {
        return bot.outbox().messages().stream().filter(m -> m.key().startsWith(prefix)).toList();
    }

    List<RecordingOutbox.Sent> to(Speaker speaker) {
        return bot.outbox().messagesTo(speaker.ref().privateChat());
    }

    ChatRef group() {
        return branch.group();
    }
}
