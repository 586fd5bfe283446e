package vn.chidoan.core.features.form;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A branch in group {@code -100} with its secretary and three members who joined by the group's button,
 * on the core's test context, with the registration feature's services at hand; the clock starts at
 * 08:00 on Monday 2 March 2026 (Vietnam).
 */
final class FormScenario {
    static final String GROUP = "-100";

    final TestBot bot;
    final Forms forms;
    final Signups signups;
    final Speaker officer;
    final Scenarios.Branch branch;
    final Speaker secretary;
    final Speaker lan;
    final Speaker minh;
    final Speaker hoa;

    FormScenario(Database db) {
        bot = TestBot.on(db);
        forms = bot.bean(Forms.class);
        signups = bot.bean(Signups.class);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", GROUP);
        secretary = branch.secretary();
        lan = Scenarios.joined(bot, branch, "Nguyễn Thị Lan");
        minh = Scenarios.joined(bot, branch, "Trần Văn Minh");
        hoa = Scenarios.joined(bot, branch, "Lê Thị Hoa");
    }

    /** The secretary types this in the branch's group. */
    Turn secretarySays(String text) {
        return bot.inGroup(GROUP, secretary).says(text);
    }

    /** The form with this number, as stored now. */
    Form form(long number) {
        return forms.find(number).orElseThrow();
    }

    /** A member presses the form's "Đăng ký" button under the group's post. */
    Turn presses(Speaker member, long form) {
        return bot.inGroup(GROUP, member).presses("dk:r:" + form);
    }

    /** The messages whose outbox key starts with the prefix, in order. */
    List<RecordingOutbox.Sent> keyed(String prefix) {
        return bot.outbox().messages().stream().filter(m -> m.key().startsWith(prefix)).toList();
    }

    List<RecordingOutbox.Sent> to(Speaker speaker) {
        return bot.outbox().messagesTo(speaker.ref().privateChat());
    }

    PersonId person(Speaker speaker) {
        return bot.members().personOf(speaker.ref()).orElseThrow().id();
    }

    UnitId branchId() {
        return bot.org().branchOfChat(branch.group()).orElseThrow();
    }

    /** The local time in Vietnam as an instant. */
    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(MutableClock.VIETNAM).toInstant();
    }

    /** The secretary posts this form to the branch, as the dialogue's "Đăng" does. */
    Form publish(FormSpec spec) {
        Caller caller = bot.bean(CallerResolver.class).resolve(branch.group(), ChatKind.GROUP, secretary);
        return bot.bean(FormPublishing.class).publish(spec, caller, branchId(), List.of(), new Replies(bot.outbox(),
                bot.texts(), "test:publish:" + spec.title(), branch.group(), null, "vi"));
    }

    /** One run of the periodic work (owed count edits). */
    void tick() {
        bot.bean(FormTicker.class).tick();
    }
}
