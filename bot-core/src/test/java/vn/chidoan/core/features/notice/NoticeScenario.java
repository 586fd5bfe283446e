package vn.chidoan.core.features.notice;

import java.util.List;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A province with two districts on the core's test context: Huyện đoàn Kim Bảng with Chi đoàn A1 (group
 * {@code -101}, members Lan and Minh) and Chi đoàn A2 ({@code -102}), Huyện đoàn Bình Lục with Chi đoàn B1
 * ({@code -201}); an officer for the province and for each district. Fan-outs run to their end when they
 * start; tests run the progress tick and fire reminders themselves.
 */
final class NoticeScenario {
    final TestBot bot;
    final Speaker province;
    final Speaker kimBang;
    final Speaker binhLuc;
    final Scenarios.Branch a1;
    final Scenarios.Branch a2;
    final Scenarios.Branch b1;
    final Speaker lan;
    final Speaker minh;

    NoticeScenario(Database db) {
        this(TestBot.on(db));
    }

    NoticeScenario(TestBot bot) {
        this.bot = bot;
        province = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        kimBang = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Kim Bảng", "Cán Bộ Kim Bảng");
        binhLuc = Scenarios.subUnitOfficer(bot, province, "Huyện đoàn Bình Lục", "Cán Bộ Bình Lục");
        a1 = Scenarios.linkedBranch(bot, kimBang, "Chi đoàn A1", "-101");
        a2 = Scenarios.linkedBranch(bot, kimBang, "Chi đoàn A2", "-102");
        b1 = Scenarios.linkedBranch(bot, binhLuc, "Chi đoàn B1", "-201");
        lan = Scenarios.joined(bot, a1, "Nguyễn Thị Lan");
        minh = Scenarios.joined(bot, a1, "Trần Văn Minh");
    }

    /** {@code command} in the officer's private chat, then «Gửi» on the options it shows; the press's turn. */
    Turn sends(Speaker officer, String command) {
        Turn options = bot.inPrivate(officer).says(command);
        return bot.inPrivate(officer).presses(options.buttonData("dlg:send"));
    }

    /** What notice {@code number} put in a chat. */
    List<RecordingOutbox.Sent> notice(long number, ChatRef chat) {
        return bot.outbox().messagesTo(chat).stream().filter(m -> m.key().startsWith("notice:" + number + ":chat:"))
                .toList();
    }

    UnitId branchOf(Scenarios.Branch branch) {
        return bot.org().branchOfChat(branch.group()).orElseThrow();
    }

    /** The unit the officer leads. */
    UnitId unitOf(Speaker officer) {
        return bot.org().topOfficerUnit(bot.members().personOf(officer.ref()).orElseThrow().id()).orElseThrow().id();
    }

    Notices notices() {
        return bot.bean(Notices.class);
    }
}
