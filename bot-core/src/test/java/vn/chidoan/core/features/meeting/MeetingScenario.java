package vn.chidoan.core.features.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;

/**
 * A branch in group {@code -100} with its secretary and three members who joined by the group's
 * button, on a {@link MeetingKit}; the clock starts at 08:00 on Monday 2 March 2026 (Vietnam).
 */
final class MeetingScenario {
    static final String GROUP = "-100";

    final MeetingKit kit;
    final TestBot bot;
    final Speaker officer;
    final Scenarios.Branch branch;
    final Speaker secretary;
    final Speaker dung;
    final Speaker giang;
    final Speaker hoa;

    MeetingScenario(MongoTemplate mongo) {
        kit = new MeetingKit(mongo);
        bot = kit.bot;
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", GROUP);
        secretary = branch.secretary();
        dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        giang = Scenarios.joined(bot, branch, "Vũ Văn Giang");
        hoa = Scenarios.joined(bot, branch, "Lê Thị Hoa");
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
        return kit.meetings.between(List.of(branchId()), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
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
