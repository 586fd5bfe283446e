package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.telegram.DecodedFixtures.DECODER;
import static vn.chidoan.telegram.DecodedFixtures.single;
import static vn.chidoan.telegram.DecodedFixtures.singleOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Inbound.BotStatus;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.telegram.testing.TelegramFixtures;

/** What is not a message: button presses, poll answers and counts, the bot's membership, group upgrades. */
class TelegramEventDecodingTest {

    @Test
    void buttonPressComesFromThePresserInTheMessagesChat() {
        Inbound.ButtonPressed press = single("callback_query_group.json", Inbound.ButtonPressed.class);

        assertThat(press.chat().id()).isEqualTo("-460508819");
        assertThat(press.kind()).isEqualTo(ChatKind.GROUP);
        assertThat(press.from().ref().id()).isEqualTo("1061657778");
        assertThat(press.from().username()).isEqualTo("kensykora");
        assertThat(press.data()).isEqualTo("own");
        assertThat(press.messageId()).isEqualTo("335");
        assertThat(press.callbackId()).isEqualTo("4559785438211274145");
        assertThat(press.threadId()).isNull();
    }

    @Test
    void aPressWithoutItsIdIsNoPress() {
        String withoutId = TelegramFixtures.update("callback_query_group.json").replace("\"id\": \"4559785438211274145\",", "")
                .replace("\"id\":\"4559785438211274145\",", "");
        assertThat(withoutId).doesNotContain("4559785438211274145");

        assertThat(DECODER.decode(withoutId)).isEmpty();
    }

    @Test
    void aNamedPollAnswerSaysWhoChoseWhichOptionsOfWhichPoll() {
        Inbound.PollAnswered answer = single("poll_answer.json", Inbound.PollAnswered.class);

        assertThat(answer.pollRef()).isEqualTo("0000000000000000000");
        assertThat(answer.from().ref()).isEqualTo(new UserRef(Platform.TELEGRAM, "123456789"));
        assertThat(answer.chat()).as("no chat: the voter's private one").isEqualTo(answer.from().ref().privateChat());
        assertThat(answer.options()).containsExactly(0);
    }

    @Test
    void aVoteTakenBackIsAnAnswerWithNoOptions() {
        String retracted = TelegramFixtures.update("poll_answer.json").replaceAll("\"option_ids\":\\s*\\[[^]]*]",
                "\"option_ids\": []");

        assertThat(singleOf(retracted, Inbound.PollAnswered.class).options()).isEmpty();
    }

    @Test
    void aPollUpdateGivesOnlyItsCountsPerOption() {
        Inbound.PollCounted counted = single("poll.json", Inbound.PollCounted.class);

        assertThat(counted.pollRef()).isEqualTo("5377643193141559299");
        assertThat(counted.counts()).containsExactly(1, 0, 0, 0, 0);
        assertThat(counted.closed()).isFalse();
    }

    @Test
    void botMembershipChangesAreClassified() {
        assertThat(status("my_chat_member_added_member.json")).isEqualTo(BotStatus.ADDED);
        assertThat(status("my_chat_member_promoted_admin.json")).isEqualTo(BotStatus.PROMOTED);
        assertThat(status("my_chat_member_kicked.json")).isEqualTo(BotStatus.REMOVED);
        assertThat(status("my_chat_member_blocked_private.json")).isEqualTo(BotStatus.BLOCKED);
    }

    @Test
    void addedToAGroupSaysWhereAndByWhom() {
        Inbound.BotMembershipChanged added = single("my_chat_member_added_member.json",
                Inbound.BotMembershipChanged.class);

        assertThat(added.chat().id()).isEqualTo("-4008338308");
        assertThat(added.kind()).isEqualTo(ChatKind.GROUP);
        assertThat(added.chatTitle()).isEqualTo("RejuganBotTestingChannel");
        assertThat(added.by().ref().id()).isEqualTo("77629777");
    }

    @Test
    void aGroupTitleLosesInvisibleAndControlCharacters() {
        String renamed = TelegramFixtures.update("my_chat_member_added_member.json")
                .replace("\"RejuganBotTestingChannel\"", "\"Chi \\u0111o\\u00e0n\\u202e 3\\n\\u200bA\"");
        assertThat(renamed).as("the fixture's group was renamed").contains("\\u202e");

        assertThat(singleOf(renamed, Inbound.BotMembershipChanged.class).chatTitle()).isEqualTo("Chi đoàn 3 A");
    }

    @Test
    void userWhoUnblocksTheBotIsReported() {
        String unblocked = TelegramFixtures.update("my_chat_member_blocked_private.json")
                .replace("\"status\": \"member\"", "\"status\": \"WAS\"")
                .replace("\"status\": \"kicked\"", "\"status\": \"member\"")
                .replace("\"status\": \"WAS\"", "\"status\": \"kicked\"");

        List<Inbound> events = DECODER.decode(unblocked);

        assertThat(events).singleElement().extracting(e -> ((Inbound.BotMembershipChanged) e).status())
                .isEqualTo(BotStatus.UNBLOCKED);
        assertThat(((Inbound.BotMembershipChanged) events.get(0)).kind()).isEqualTo(ChatKind.PRIVATE);
    }

    @Test
    void groupUpgradedToSupergroupMovesTheChat() {
        Inbound.ChatMigrated migrated = single("migrate_to_chat_id.json", Inbound.ChatMigrated.class);

        assertThat(migrated.chat()).isEqualTo(new ChatRef(Platform.TELEGRAM, "-929935885"));
        assertThat(migrated.to()).isEqualTo(new ChatRef(Platform.TELEGRAM, "-1001779449685"));
    }

    private static BotStatus status(String fixture) {
        return single(fixture, Inbound.BotMembershipChanged.class).status();
    }
}
