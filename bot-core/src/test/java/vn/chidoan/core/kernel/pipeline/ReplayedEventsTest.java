package vn.chidoan.core.kernel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * The same inbound event handled twice (a platform's retry, a replay after a crash) has one effect: no
 * second reply, record or code.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class ReplayedEventsTest {
    @Parameter
    Database db;

    TestBot bot;

    @BeforeEach
    void startBot() {
        bot = TestBot.on(db);
    }

    @Test
    void theSameEventHandledTwiceHasOneEffect() {
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        Turn created = bot.inPrivate(officer).says("/chidoan_them Chi đoàn 12A1");
        long units = bot.mongo().getCollection("units").countDocuments();
        long codes = bot.mongo().getCollection("invite_codes").countDocuments();
        int sent = bot.outbox().size();

        Turn again = bot.replay(created);

        assertThat(again.messages()).isEmpty();
        assertThat(again.value("org.branch.created", "code")).isEqualTo(created.value("org.branch.created", "code"));
        assertThat(bot.mongo().getCollection("units").countDocuments()).isEqualTo(units);
        assertThat(bot.mongo().getCollection("invite_codes").countDocuments()).isEqualTo(codes);
        assertThat(bot.outbox().size()).isEqualTo(sent);
    }

    @Test
    void aReplayedLinkAndJoinChangeNothing() {
        Speaker officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        String code = (String) bot.inPrivate(officer).says("/chidoan_them Chi đoàn 12A1").value("org.branch.created", "code");
        Speaker secretary = Scenarios.redeemedBy(bot, bot.user("Lê Văn Cường"), code);
        Turn linked = bot.inGroup("-100", secretary).says("/lienket " + code);
        Speaker member = bot.user("Phạm Thị Dung");
        Turn joined = Scenarios.consents(bot, member, bot.inPrivate(member).opens(linked.buttonUrl()));

        assertThat(bot.replay(linked).messages()).isEmpty();
        assertThat(bot.replay(joined).messages()).isEmpty();
        assertThat(bot.members().roster(bot.org().branchOfChat(TestBot.group("-100")).orElseThrow()))
                .extracting(e -> e.role()).containsExactly(Role.SECRETARY, Role.MEMBER);
    }
}
