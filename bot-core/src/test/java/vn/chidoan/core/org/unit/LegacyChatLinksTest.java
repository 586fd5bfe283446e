package vn.chidoan.core.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;

/** Links stored with their own {@code active} flag hand what it said to the outbox, once, and lose it. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class LegacyChatLinksTest {
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
    void aGroupTheBotHadLeftIsNoBranchsGroupAndTheBranchCanLinkANewOne() {
        Scenarios.Branch left = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        Scenarios.Branch stayed = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A2", "-200");
        UnitId branch = bot.org().branchOfChat(left.group()).orElseThrow();
        flag(left, false);
        flag(stayed, true);

        start();
        start();

        assertThat(bot.org().chatOfBranch(branch, Platform.TELEGRAM)).isEmpty();
        assertThat(bot.org().branchOfChat(stayed.group())).isPresent();
        assertThat(bot.mongo().exists(query(where("active").exists(true)), ChatLinkStore.COLLECTION)).isFalse();
        PersonId secretary = bot.members().personOf(left.secretary().ref()).orElseThrow().id();
        assertThat(bot.org().link(TestBot.group("-300"), branch, secretary)).isTrue();
        assertThat(bot.org().chatOfBranch(branch, Platform.TELEGRAM)).contains(TestBot.group("-300"));
    }

    private void flag(Scenarios.Branch branch, boolean active) {
        bot.mongo().updateFirst(query(where("chat").is(branch.group().key())), new Update().set("active", active),
                ChatLinkStore.COLLECTION);
    }

    private void start() {
        new LegacyChatLinks(bot.mongo(), bot.bean(OutboxChats.class), bot.clock());
    }
}
