package vn.chidoan.core.features.fee;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A branch in group {@code -300} with its secretary (roster no. 1) and three members who joined by the
 * group's button (nos. 2 to 4: An, Bình, Chi), on the core's test context; the clock starts at 08:00 on
 * Monday 2 March 2026 (Vietnam). Reminders are stored, not scheduled: tests arm and fire them themselves.
 */
final class FeeScenario {
    static final String GROUP = "-300";

    final TestBot bot;
    final Speaker officer;
    final Scenarios.Branch branch;
    final Speaker secretary;
    final Speaker an;
    final Speaker binh;
    final Speaker chi;

    FeeScenario(Database db) {
        bot = TestBot.on(db);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", GROUP);
        secretary = branch.secretary();
        an = Scenarios.joined(bot, branch, "Nguyễn Văn An");
        binh = Scenarios.joined(bot, branch, "Trần Thị Bình");
        chi = Scenarios.joined(bot, branch, "Lê Minh Chi");
    }

    /** The secretary says it in the branch's group. */
    Turn secretary(String text) {
        return bot.inGroup(GROUP, secretary).says(text);
    }

    Turn inPrivate(Speaker who, String text) {
        return bot.inPrivate(who).says(text);
    }

    /** The secretary opens the book and gives the treasurer's account, as the README walkthrough does. */
    void openWithAccount() {
        secretary("/doanphi mo");
        secretary("/doanphi tk Vietcombank 1017595600 Nguyễn Văn Tâm");
    }

    /** The member sends a photo (a screenshot of their transfer) in their private chat. */
    Turn sendsPhoto(Speaker who) {
        return bot.handle(new Inbound.MessageReceived(who.ref().privateChat(), ChatKind.PRIVATE, who, null, null,
                "m-photo-" + who.ref().id(), false, null,
                Attachment.inbound(Attachment.Kind.PHOTO, "photo-file-" + who.ref().id(), null, "image/jpeg")));
    }

    UnitId branchId() {
        return bot.org().branchOfChat(branch.group()).orElseThrow();
    }

    PersonId person(Speaker speaker) {
        return bot.members().personOf(speaker.ref()).orElseThrow().id();
    }

    Books books() {
        return bot.bean(Books.class);
    }

    Book book() {
        return books().book(branchId()).orElseThrow();
    }

    Ledger ledger() {
        return books().ledger(book());
    }

    Ledger.Statement statement(Speaker speaker) {
        return ledger().of(person(speaker)).orElseThrow();
    }

    long owed(Speaker speaker) {
        return statement(speaker).owed();
    }

    /** The local time in Vietnam as an instant. */
    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(MutableClock.VIETNAM).toInstant();
    }

    void setTime(int month, int day, int hour) {
        bot.clock().set(at(2026, month, day, hour, 0));
    }

    List<RecordingOutbox.Sent> to(Speaker speaker) {
        return bot.outbox().messagesTo(speaker.ref().privateChat());
    }

    List<RecordingOutbox.Sent> keyed(String prefix) {
        return bot.outbox().messages().stream().filter(m -> m.key().startsWith(prefix)).toList();
    }
}
