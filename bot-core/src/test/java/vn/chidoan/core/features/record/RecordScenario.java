package vn.chidoan.core.features.record;

import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A branch in group {@code -100} (Chi đoàn 12A1, under Tỉnh đoàn Hà Nam) with its secretary and two
 * members who joined by the group's button, on the core's test context; the clock is at 2 March 2026.
 */
public final class RecordScenario {
    public static final String GROUP = "-100";

    public final TestBot bot;
    public final Records records;
    public final Speaker officer;
    public final Scenarios.Branch branch;
    public final Speaker secretary;
    public final Speaker dung;
    public final Speaker giang;

    public RecordScenario(Database db) {
        bot = TestBot.on(db);
        records = bot.bean(Records.class);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", GROUP);
        secretary = branch.secretary();
        dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
        giang = Scenarios.joined(bot, branch, "Vũ Văn Giang");
    }

    public UnitId branchId() {
        return bot.org().branchOfChat(branch.group()).orElseThrow();
    }

    public PersonId person(Speaker who) {
        return bot.members().personOf(who.ref()).orElseThrow().id();
    }

    /** {@code <branch>:<person>} of the member, as buttons carry it. */
    public String ref(Speaker member) {
        return RecordTargets.ref(branchId(), person(member));
    }

    /** The card of {@code member} as {@code who} opens it from the roster in the group. */
    public Turn cardOf(Speaker who, Speaker member) {
        return bot.inGroup(GROUP, who).presses("hsc:" + ref(member));
    }

    /** {@code who} starts the card's operation {@code key} on {@code member} from the card (in their private chat). */
    public Turn starts(Speaker who, Speaker member, String key) {
        return bot.inPrivate(who).presses(cardOf(who, member).buttonData("hso:" + key + ":"));
    }

    /** {@code who} corrects {@code field} of {@code member}'s record by typing {@code value}. */
    public Turn corrects(Speaker who, Speaker member, Field field, String value) {
        Turn card = cardOf(who, member);
        Turn which = bot.inPrivate(who).presses(card.buttonData("hso:edit:"));
        bot.inPrivate(who).presses(which.buttonData("dlg:" + field.key()));
        return bot.inPrivate(who).says(value);
    }
}
