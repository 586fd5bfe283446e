package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.telegram.testing.RecordedRequest;
import vn.chidoan.telegram.testing.TelegramFixtures;

/**
 * Telegram end to end: real-shaped updates in, real Bot API calls out; joining, replays, rate limits,
 * the bot kicked and added back, upgraded groups, the webhook's secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class TelegramScenariosTest extends TelegramEndToEnd {
    @Test
    void officerCreatesABranchTheSecretaryLinksTheGroupAndAMemberJoinsTheRoster() {
        Branch branch = linkedBranch(-100_111_000_001L, 2_001);
        Person member = new Person(2_004, "Phạm Thị", "Dung");

        joinByTheGroupButton(branch, member);

        RecordedRequest roster = postAndAwaitReply(Updates.groupText(branch.secretary(), branch.chat(), "/thanhvien"),
                branch.chat());
        assertThat(roster.text()).contains("Lê Văn Cường", "Phạm Thị Dung");
    }

    @Test
    void theBotGreetsAGroupItIsAddedToAndExplainsLinking() {
        long group = -100_111_000_002L;
        RecordedRequest greeting = postAndAwaitReply(
                Updates.botAdded(new Person(2_101, "Hà", null), group, API.botId(), API.botUsername()), group);
        assertThat(greeting.text()).contains("/lienket");
    }

    @Test
    void theSameUpdateDeliveredTwiceHasOneEffect() {
        Person someone = new Person(2_201, "Minh", null);
        String help = Updates.privateText(someone, "/trogiup");
        postAndAwaitReply(help, someone.id());

        assertThat(post(help)).as("a replay is acknowledged").isEqualTo(200);
        postAndAwaitReply(Updates.privateText(someone, "/toi"), someone.id());

        assertThat(sentTo(someone.id())).as("one reply to /trogiup, one to /toi").hasSize(2);
    }

    @Test
    void aRateLimitedReplyIsDeliveredOnceAndNoEarlierThanRetryAfter() {
        Person someone = new Person(2_301, "Tú", null);
        API.failNext("sendMessage", 429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                        + "\"parameters\":{\"retry_after\":1}}");

        postAndAwaitReply(Updates.privateText(someone, "/trogiup"), someone.id());

        List<RecordedRequest> attempts = API.requests("sendMessage").stream()
                .filter(r -> String.valueOf(someone.id()).equals(r.chatId())).toList();
        assertThat(attempts).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aGroupThatKickedTheBotGetsNoMoreMessages() {
        long group = -100_111_000_004L;
        Person admin = new Person(2_401, "Khoa", null);
        API.failNextWith("sendMessage", "error_403_kicked_from_group.json");
        post(Updates.botAdded(admin, group, API.botId(), API.botUsername()));
        awaitAttempts(group, 1);

        post(Updates.groupText(admin, group, "/trogiup"));
        Person sentinel = new Person(2_402, "Lộc", null);
        postAndAwaitReply(Updates.privateText(sentinel, "/trogiup"), sentinel.id());
        postAndAwaitReply(Updates.privateText(sentinel, "/toi"), sentinel.id());

        assertThat(attemptsTo(group)).as("only the greeting that met the 403 was tried").hasSize(1);
    }

    @Test
    void aGroupThatKickedTheBotAndAddedItBackGetsTheWelcomeBackAndEveryLaterReply() {
        Branch branch = linkedBranch(-100_111_000_010L, 3_001);
        Person secretary = branch.secretary();
        API.failNextWith("sendMessage", "error_403_kicked_from_group.json");
        assertThat(exchange(Updates.groupText(secretary, branch.chat(), "/thanhvien"), branch.chat()))
                .as("the answer the bot was sending as it was kicked met the 403").isEmpty();
        exchange(Updates.botInGroup(secretary, branch.chat(), API.botId(), API.botUsername(), "member", "kicked"),
                branch.chat());

        List<RecordedRequest> back = exchange(Updates.botInGroup(secretary, branch.chat(), API.botId(),
                API.botUsername(), "kicked", "member"), branch.chat());

        assertThat(back).as("the welcome back").anySatisfy(
                r -> assertThat(r.text()).contains("Mình đã trở lại nhóm của <b>Chi đoàn 3001</b>"));
        assertThat(back.stream().filter(r -> r.replyMarkup() != null)
                .flatMap(r -> r.replyMarkup().findValuesAsText("url").stream()))
                .as("the join button, posted again").anyMatch(url -> url.contains("start="));
        RecordedRequest roster = postAndAwaitReply(Updates.groupText(secretary, branch.chat(), "/thanhvien"),
                branch.chat());
        assertThat(roster.text()).contains("Lê Văn Cường");
    }

    @Test
    void aGroupUpgradedToASupergroupKeepsItsBranchUnderTheNewId() {
        Branch branch = linkedBranch(-111_000_005L, 2_501);
        long supergroup = -100_111_000_005L;

        String migrated = Updates.migratedTo(branch.secretary(), branch.chat(), supergroup);
        assertThat(post(migrated)).isEqualTo(200);
        awaitSettled(updateId(migrated)); // the next update comes from the new chat id, on another lane
        RecordedRequest roster = postAndAwaitReply(Updates.groupText(branch.secretary(), supergroup, "/thanhvien"),
                supergroup);

        assertThat(roster.text()).contains("Lê Văn Cường");
    }

    @Test
    void aSendThatMeetsGroupUpgradedIsResentToTheNewChatId() {
        Branch branch = linkedBranch(-111_000_006L, 2_601);
        long newId = TelegramFixturesIds.migrateToChatId();
        API.failNextWith("sendMessage", "error_400_group_upgraded.json");

        post(Updates.groupText(branch.secretary(), branch.chat(), "/thanhvien"));
        RecordedRequest resent = awaitSent(newId, 1).get(0);

        assertThat(resent.text()).contains("Lê Văn Cường");
        RecordedRequest again = postAndAwaitReply(Updates.groupText(branch.secretary(), newId, "/thanhvien"), newId);
        assertThat(again.text()).as("the branch now lives at the new id").contains("Lê Văn Cường");
    }

    @Test
    void aWebhookCallWithAWrongSecretIsRefusedAndStoresNothing() {
        long updateId = Updates.nextUpdateId() + 1;
        String update = Updates.privateText(new Person(2_701, "Giả", null), "/trogiup");

        assertThat(post(update, "not-the-secret")).isEqualTo(401);
        assertThat(post(update, null)).isEqualTo(401);

        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("telegram:update:" + updateId)),
                "inbound_events")).isFalse();
    }

    @Test
    void aMemberTryingAnOfficerCommandIsRefusedAndNothingIsCreated() {
        Person member = new Person(2_801, "Nam", null);

        RecordedRequest refusal = postAndAwaitReply(Updates.privateText(member, "/chidoan_them Chi đoàn Giả"),
                member.id());

        assertThat(refusal.text()).contains("cán bộ Đoàn cấp trên");
        assertThat(mongo.exists(Query.query(Criteria.where("name").is("Chi đoàn Giả")), "units")).isFalse();
    }

    @Test
    void aCommandWithoutItsArgumentsGetsTheVietnameseUsage() {
        long group = -100_111_000_009L;
        Person someone = new Person(2_901, "Oanh", null);

        RecordedRequest usage = postAndAwaitReply(Updates.groupText(someone, group, "/lienket"), group);

        assertThat(usage.text()).contains("Cách dùng", "/lienket");
    }

    @Test
    void everyTelegramFixtureIsAcceptedAndHandledWithoutAnErrorLog(CapturedOutput output) {
        for (String name : TelegramFixtures.updateNames()) {
            String update = TelegramFixtures.update(name);
            assertThat(post(update)).as(name).isEqualTo(200);
            awaitSettled(updateId(update.replaceAll("\\s", "")));
        }
        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }

    private List<RecordedRequest> attemptsTo(long chat) {
        return API.requests("sendMessage").stream().filter(r -> String.valueOf(chat).equals(r.chatId())).toList();
    }

    private void awaitAttempts(long chat, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (attemptsTo(chat).size() < count && System.nanoTime() < deadline) {
            API.awaitRequests("sendMessage", API.requests("sendMessage").size() + 1, Duration.ofMillis(200));
        }
        assertThat(attemptsTo(chat)).hasSizeGreaterThanOrEqualTo(count);
    }

    /** The new chat id in the shared "group upgraded" API fixture. */
    private static final class TelegramFixturesIds {
        static long migrateToChatId() {
            String body = TelegramFixtures.api("error_400_group_upgraded.json");
            Matcher id = Pattern.compile("\"migrate_to_chat_id\"\\s*:\\s*(-?\\d+)").matcher(body);
            assertThat(id.find()).isTrue();
            return Long.parseLong(id.group(1));
        }
    }
}
