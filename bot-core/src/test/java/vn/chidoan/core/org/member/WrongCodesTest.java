package vn.chidoan.core.org.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.FakeDeepLinks;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** Codes cannot be guessed: an account that types ten wrong codes in ten minutes is told to wait. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class WrongCodesTest {
    @Parameter
    Database db;

    TestBot bot;
    Scenarios.Branch branch;

    @BeforeEach
    void linkedBranch() {
        bot = TestBot.on(db);
        branch = Scenarios.linkedBranch(bot, Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam"), "Chi đoàn 12A1", "-100");
    }

    @Test
    void afterTenWrongCodesEvenARightOneWaitsUntilTheTenMinutesAreOver() {
        Speaker guesser = bot.user("Người Đoán Mã");
        for (int i = 0; i < CodeAttempts.LIMIT; i++) {
            assertThat(bot.inPrivate(guesser).says("/start ABCDEFG" + (char) ('A' + i)).templates())
                    .containsExactly("member.start.unknown_code");
        }

        Turn blocked = bot.inPrivate(guesser).opens(branch.joinLink());

        assertThat(blocked.templates()).containsExactly("member.code.too_many");
        assertThat(blocked.text()).contains("10 lần", "đến 08:10");
        assertThat(bot.inPrivate(bot.user("Người Khác")).opens(branch.joinLink()).templates())
                .as("another account is not blocked").contains("member.consent.ask");
        bot.clock().advance(Duration.ofMinutes(10));
        assertThat(bot.inPrivate(guesser).opens(branch.joinLink()).templates()).contains("member.consent.ask");
    }

    @Test
    void wrongLinkCodesAndGroupCodesCountToo() {
        Speaker guesser = bot.messengerUser();
        for (int i = 0; i < 5; i++) {
            assertThat(bot.inPrivate(guesser).says("/start LK2345678" + (char) ('A' + i)).templates())
                    .containsExactly("member.link.unknown");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(bot.inGroup("-900", guesser).says("/lienket ZZZZZZZ" + (char) ('A' + i)).templates())
                    .containsExactly("org.code.unknown");
        }

        assertThat(bot.inGroup("-900", guesser).says("/lienket ZZZZZZZY").templates())
                .containsExactly("member.code.too_many");
        assertThat(bot.inPrivate(guesser).says("/start " + FakeDeepLinks.payloadOf(branch.joinLink())).templates())
                .containsExactly("member.code.too_many");
    }

    @Test
    void theCountStartsAgainOnceTenMinutesHavePassed() {
        Speaker guesser = bot.user("Người Gõ Nhầm");
        for (int i = 0; i < CodeAttempts.LIMIT - 1; i++) {
            bot.inPrivate(guesser).says("/start ABCDEFG" + (char) ('A' + i));
        }
        bot.clock().advance(Duration.ofMinutes(11));

        assertThat(bot.inPrivate(guesser).says("/start ABCDEFGZ").templates()).containsExactly("member.start.unknown_code");
        assertThat(bot.inPrivate(guesser).opens(branch.joinLink()).templates()).contains("member.consent.ask");
    }

    @Test
    void aCountIsNotKeptOnceItsTenMinutesAreOver() {
        Speaker once = bot.user("Gõ Nhầm Một Lần");
        bot.inPrivate(once).says("/start ABCDEFGA");
        bot.clock().advance(Duration.ofMinutes(10));

        bot.inPrivate(bot.user("Người Khác")).says("/start ABCDEFGB");

        assertThat(bot.mongo().findAll(org.bson.Document.class, CodeAttempts.COLLECTION))
                .extracting(d -> d.getString("_id")).doesNotContain(once.ref().key()).hasSize(1);
    }
}
