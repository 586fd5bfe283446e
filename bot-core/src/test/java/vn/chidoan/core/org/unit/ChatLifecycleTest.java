package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.OutboxEvents;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** A branch's group counts while the bot is in it (as the outbox knows), and follows the group to its new id. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class ChatLifecycleTest {
    @Parameter
    Database db;

    TestBot bot;
    Speaker officer;

    @BeforeEach
    void startBot() {
        bot = TestBot.on(db);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
    }

    @Test
    void theBotAddedToAGroupGreetsItAndExplainsLinking() {
        Turn greeted = bot.botAddedTo("-100", bot.user("An"));

        assertThat(greeted.templates()).containsExactly("org.group.greeting");
        assertThat(greeted.text()).contains("/lienket");
        assertThat(greeted.messages()).allMatch(m -> m.chat().equals(TestBot.group("-100")));
    }

    @Test
    void theBotRemovedLeavesTheBranchUnlinkedUntilItIsAddedBack() {
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");

        bot.botRemovedFrom("-100", branch.secretary());
        assertThat(bot.org().branchOfChat(branch.group())).isEmpty();
        assertThat(bot.inGroup("-100", branch.secretary()).says("/thanhvien").templates())
                .containsExactly("pipeline.group_not_linked");

        Turn back = bot.botAddedTo("-100", branch.secretary());
        assertThat(back.templates()).contains("org.group.welcome_back", "org.join.invite");
        assertThat(bot.inGroup("-100", branch.secretary()).says("/thanhvien").templates()).contains("record.roster.page");
    }

    @Test
    void anUpgradedGroupKeepsItsBranch() {
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");

        bot.groupMigrated("-100", "-1009");
        bot.publish(new OutboxEvents.ChatMoved(TestBot.group("-100"), TestBot.group("-1009")));

        assertThat(bot.org().branchOfChat(TestBot.group("-100"))).isEmpty();
        assertThat(bot.org().branchOfChat(TestBot.group("-1009"))).isPresent();
        assertThat(bot.inGroup("-1009", branch.secretary()).says("/thanhvien").templates()).contains("record.roster.page");
    }

    @Test
    void aMoveReportedOnlyByTheOutboxIsFollowedToo() {
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");

        bot.publish(new OutboxEvents.ChatMoved(TestBot.group("-100"), TestBot.group("-1009")));

        assertThat(bot.org().chatOfBranch(bot.org().branchOfChat(TestBot.group("-1009")).orElseThrow(),
                TestBot.group("-1009").platform())).contains(TestBot.group("-1009"));
        assertThat(branch.group()).isEqualTo(TestBot.group("-100"));
    }

    @Test
    void aGroupTheOutboxFoundUnreachableIsNoBranchsGroupUntilTheBotIsAddedBack() {
        Scenarios.Branch branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        UnitId branchId = bot.org().branchOfChat(branch.group()).orElseThrow();

        bot.bean(OutboxChats.class).markUnreachable(branch.group(),
                "Forbidden: bot was kicked from the group chat", bot.clock().instant());
        assertThat(bot.org().branchOfChat(branch.group())).isEmpty();
        assertThat(bot.org().chatOfBranch(branchId, Platform.TELEGRAM)).isEmpty();
        assertThat(bot.org().groupsOf(List.of(branchId), List.of(Platform.TELEGRAM))).isEmpty();

        Turn back = bot.botAddedTo("-100", branch.secretary());
        assertThat(back.templates()).contains("org.group.welcome_back", "org.join.invite");
        assertThat(bot.org().groupsOf(List.of(branchId), List.of(Platform.TELEGRAM)))
                .containsEntry(branchId, List.of(branch.group()));
    }
}
