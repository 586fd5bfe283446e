package vn.chidoan.core.org.member.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.event.EventListener;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.MemberEvents;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * Account-linking scenarios run on each database, from a branch in a province, linked to its group
 * {@code -100}, and Phạm Thị Dung who joined it on Telegram. Every subclass adds the same part
 * ({@link FailOnceOnMerge}), so they share one context.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class LinkingScenarioTest {
    @Parameter
    Database db;

    TestBot bot;
    Scenarios.Branch branch;
    Speaker dung;

    @BeforeEach
    void memberOnTelegram() {
        bot = TestBot.builder(db).with(FailOnceOnMerge.class).build();
        branch = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam"), "Chi đoàn 12A1", "-100");
        dung = Scenarios.joined(bot, branch, "Phạm Thị Dung");
    }

    /** {@code /toi} on Telegram: the code, and the m.me link that sends it on Messenger. */
    String linkCode(Speaker who) {
        Turn me = bot.inPrivate(who).says("/toi");
        String code = (String) me.value("member.link.offer", "code");
        assertThat(me.text()).contains("Messenger", FakeDeepLinks.MESSENGER_PREFIX + code, "/start " + code);
        return code;
    }

    /** The account opens the code and accepts the link it offers. */
    Turn accepts(Speaker account, String code) {
        Turn asked = bot.inPrivate(account).says("/start " + code);
        return bot.inPrivate(account).presses(asked.buttonData("lk:y:"));
    }

    /** A Messenger user who joined {@code where} with its code and typed {@code name}. */
    Speaker onMessenger(Scenarios.Branch where, String name) {
        Speaker account = bot.messengerUser();
        Scenarios.consents(bot, account, bot.inPrivate(account).opens(where.joinLink()));
        bot.inPrivate(account).says(name);
        return account;
    }

    /** A Messenger user who leads a province of the admin's and typed {@code name}. */
    Speaker provinceOfficerOnMessenger(String name) {
        Speaker officer = bot.messengerUser();
        String unitCode = (String) bot.inPrivate(bot.admin()).says("/donvi_them Tỉnh đoàn Ninh Bình")
                .value("org.unit.created", "code");
        Scenarios.redeemedBy(bot, officer, unitCode);
        bot.inPrivate(officer).says(name);
        return officer;
    }

    PersonId personOf(Speaker who) {
        return bot.members().personOf(who.ref()).orElseThrow().id();
    }

    UnitId unitOf(Scenarios.Branch b) {
        return bot.org().branchOfChat(b.group()).orElseThrow();
    }

    /** Stands for a crash at the end of a merge, once, when armed. */
    public static final class FailOnceOnMerge {
        static volatile boolean armed;

        @EventListener
        public void on(MemberEvents.PersonsMerged merged) {
            if (armed) {
                armed = false;
                throw new IllegalStateException("crash during the merge");
            }
        }
    }
}
