package vn.chidoan.core.testing;

import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Speaker;

/**
 * Ready-made organisations for tests, built only through what people say and press: a province with
 * its officer, a branch linked to a group with its secretary, members who joined by the group's
 * button.
 */
public final class Scenarios {
    private Scenarios() {
    }

    /** A linked branch: its group, its secretary, and the join link posted in the group. */
    public record Branch(String name, String groupId, Speaker secretary, String joinLink) {
        public ChatRef group() {
            return TestBot.group(groupId);
        }
    }

    /** The admin creates the province and hands its code to a new officer, who redeems it. */
    public static Speaker provinceOfficer(TestBot bot, String provinceName) {
        Turn created = bot.inPrivate(bot.admin()).says("/donvi_them " + provinceName);
        return redeemedBy(bot, bot.user("Cán Bộ Tỉnh"), (String) created.value("org.unit.created", "code"));
    }

    /** An officer adds a unit below theirs; its new officer redeems the code. */
    public static Speaker subUnitOfficer(TestBot bot, Speaker officer, String unitName, String officerName) {
        Turn created = bot.inPrivate(officer).says("/donvi_them " + unitName);
        return redeemedBy(bot, bot.user(officerName), (String) created.value("org.unit.created", "code"));
    }

    /**
     * An officer adds a branch; its secretary registers with the code, links the group and so becomes
     * secretary; the join button is posted in the group.
     */
    public static Branch linkedBranch(TestBot bot, Speaker officer, String branchName, String groupId) {
        Turn created = bot.inPrivate(officer).says("/chidoan_them " + branchName);
        String code = (String) created.value("org.branch.created", "code");
        Speaker secretary = redeemedBy(bot, bot.user("Bí Thư " + branchName), code);
        Turn linked = bot.inGroup(groupId, secretary).says("/lienket " + code);
        return new Branch(branchName, groupId, secretary, linked.buttonUrl());
    }

    /** A new person opens the branch's join link and agrees to the data terms. */
    public static Speaker joined(TestBot bot, Branch branch, String name) {
        Speaker member = bot.user(name);
        consents(bot, member, bot.inPrivate(member).opens(branch.joinLink()));
        return member;
    }

    /** Opens {@code /start <code>} as a new person and agrees. */
    public static Speaker redeemedBy(TestBot bot, Speaker person, String code) {
        consents(bot, person, bot.inPrivate(person).says("/start " + code));
        return person;
    }

    /** Presses "Đồng ý" under the consent question the turn showed. */
    public static Turn consents(TestBot bot, Speaker person, Turn asked) {
        return bot.inPrivate(person).presses(asked.buttonData("consent:y"));
    }
}
