package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.chat.Inbound.BotStatus;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.telegram.testing.TelegramFixtures;

class TelegramDecoderTest {
    /** The bot in the fixtures' group chats (the command fixtures address it). */
    private final TelegramDecoder decoder = new TelegramDecoder(BotIdentity.of(5_000_000_001L, "nvt_ssh_bot"));

    /** What each fixture decodes to; a new fixture must be added here. */
    private static final Map<String, List<Class<? extends Inbound>>> EXPECTED = Map.ofEntries(
            Map.entry("anonymous_admin.json", List.of(Inbound.MessageReceived.class)),
            Map.entry("callback_query_group.json", List.of(Inbound.ButtonPressed.class)),
            Map.entry("channel_post.json", List.of()),
            Map.entry("chat_member_joined.json", List.of()),
            Map.entry("contact.json", List.of()),
            Map.entry("document_pdf_caption.json", List.of(Inbound.MessageReceived.class)),
            Map.entry("edited_message.json", List.of()),
            Map.entry("forum_topic_message.json", List.of(Inbound.MessageReceived.class)),
            Map.entry("group_command.json", List.of(Inbound.MessageReceived.class)),
            Map.entry("group_command_mention_form.json", List.of(Inbound.MessageReceived.class)),
            Map.entry("location.json", List.of()),
            Map.entry("migrate_from_chat_id.json", List.of()),
            Map.entry("migrate_to_chat_id.json", List.of(Inbound.ChatMigrated.class)),
            Map.entry("my_chat_member_added_member.json", List.of(Inbound.BotMembershipChanged.class)),
            Map.entry("my_chat_member_blocked_private.json", List.of(Inbound.BotMembershipChanged.class)),
            Map.entry("my_chat_member_kicked.json", List.of(Inbound.BotMembershipChanged.class)),
            Map.entry("my_chat_member_promoted_admin.json", List.of(Inbound.BotMembershipChanged.class)),
            Map.entry("new_chat_members.json", List.of()),
            Map.entry("photo_sizes.json", List.of(Inbound.MessageReceived.class)),
            Map.entry("poll.json", List.of(Inbound.PollCounted.class)),
            Map.entry("poll_answer.json", List.of(Inbound.PollAnswered.class)),
            Map.entry("private_text.json", List.of(Inbound.MessageReceived.class)),
            Map.entry("reply_to_bot_message.json", List.of(Inbound.MessageReceived.class)),
            Map.entry("start_deeplink_private.json", List.of(Inbound.MessageReceived.class)),
            Map.entry("vietnamese_emoji.json", List.of(Inbound.MessageReceived.class)));

    static List<String> fixtures() {
        return TelegramFixtures.updateNames();
    }

    @Test
    void everyFixtureHasAnExpectation() {
        assertThat(fixtures()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureDecodesIntoTheExpectedEvents(String fixture) {
        List<Inbound> events = decode(fixture);

        assertThat(events).map(Object::getClass).map(c -> (Object) c).containsExactlyElementsOf(EXPECTED.get(fixture));
        events.forEach(event -> assertThat(event.chat().platform()).isEqualTo(Platform.TELEGRAM));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void anUpdateRewrittenByTheLibraryModelDecodesTheSame(String fixture) {
        String json = TelegramFixtures.update(fixture);
        String rewritten = TelegramJson.write(TelegramJson.update(json));

        assertThat(decoder.decode(rewritten)).isEqualTo(decoder.decode(json));
    }

    @Test
    void groupCommandForUsLosesTheBotNameAndKeepsItsArguments() {
        Inbound.MessageReceived message = single("group_command.json", Inbound.MessageReceived.class);

        assertThat(message.text()).isEqualTo("/my_id server-01 --verbose");
        assertThat(message.chat()).isEqualTo(new ChatRef(Platform.TELEGRAM, "-348651357"));
        assertThat(message.kind()).isEqualTo(ChatKind.GROUP);
        assertThat(message.from().ref().id()).isEqualTo("1107771830");
        assertThat(message.from().displayName()).isEqualTo("viet thang");
        assertThat(message.from().languageCode()).isEqualTo("vi");
        assertThat(message.messageId()).isEqualTo("4");
        assertThat(message.threadId()).isNull();
        assertThat(message.replyToBot()).isFalse();
        assertThat(message.attachment()).isNull();
        assertThat(message.namesBot()).as("said to this bot by name, not to every bot in the group").isTrue();
    }

    @Test
    void aPlainTextOrABareCommandDoesNotNameTheBot() {
        assertThat(single("private_text.json", Inbound.MessageReceived.class).namesBot()).isFalse();
        assertThat(single("forum_topic_message.json", Inbound.MessageReceived.class).namesBot()).isFalse();
    }

    @Test
    void commandForAnotherBotGivesNoEvent() {
        TelegramDecoder otherBot = new TelegramDecoder(BotIdentity.of(1L, "some_other_bot"));

        assertThat(otherBot.decode(TelegramFixtures.update("group_command.json"))).isEmpty();
    }

    @Test
    void commandWithTheBotMentionedSeparatelyLosesTheMention() {
        Inbound.MessageReceived message = single("group_command_mention_form.json", Inbound.MessageReceived.class);
        assertThat(message.text()).isEqualTo("/my_id");
        assertThat(message.namesBot()).isTrue();
    }

    @Test
    void deepLinkStartKeepsItsPayloadInPrivate() {
        Inbound.MessageReceived start = single("start_deeplink_private.json", Inbound.MessageReceived.class);

        assertThat(start.text()).isEqualTo("/start ref_5f2c9a");
        assertThat(start.kind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(start.chat().id()).isEqualTo(start.from().ref().id()).isEqualTo("1270423426");
    }

    @Test
    void forumTopicMessageAnswersInItsTopicAndIsNoReply() {
        Inbound.MessageReceived message = single("forum_topic_message.json", Inbound.MessageReceived.class);

        assertThat(message.threadId()).isEqualTo("4");
        assertThat(message.text()).isEqualTo("blah");
        assertThat(message.replyToMessageId()).isNull();
        assertThat(message.replyToBot()).isFalse();
    }

    @Test
    void replyToTheBotsMessageIsMarked() {
        TelegramDecoder pokeBot = new TelegramDecoder(BotIdentity.of(458733904L, "Bertinnnbot"));
        Inbound.MessageReceived message = (Inbound.MessageReceived) pokeBot
                .decode(TelegramFixtures.update("reply_to_bot_message.json")).get(0);

        assertThat(message.replyToBot()).isTrue();
        assertThat(message.replyToMessageId()).isEqualTo("7164");
        assertThat(message.text()).isEqualTo("Attack");
        assertThat(message.repliedTo()).as("a reply to our own message names no member").isNull();
    }

    @Test
    void replyToSomeoneElseNamesTheAuthorOfTheRepliedMessage() {
        Inbound.MessageReceived message = single("reply_to_bot_message.json", Inbound.MessageReceived.class);

        assertThat(message.repliedTo().ref()).isEqualTo(new UserRef(Platform.TELEGRAM, "458733904"));
        assertThat(message.repliedTo().displayName()).isEqualTo("PokeRand Games");
    }

    @Test
    void replyToAnotherBotIsNotAReplyToUs() {
        Inbound.MessageReceived message = single("reply_to_bot_message.json", Inbound.MessageReceived.class);

        assertThat(message.replyToBot()).isFalse();
        assertThat(message.replyToMessageId()).isEqualTo("7164");
    }

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

        Inbound.PollAnswered answer = (Inbound.PollAnswered) decoder.decode(retracted).get(0);

        assertThat(answer.options()).isEmpty();
    }

    @Test
    void aPollUpdateGivesOnlyItsCountsPerOption() {
        Inbound.PollCounted counted = single("poll.json", Inbound.PollCounted.class);

        assertThat(counted.pollRef()).isEqualTo("5377643193141559299");
        assertThat(counted.counts()).containsExactly(1, 0, 0, 0, 0);
        assertThat(counted.closed()).isFalse();
    }

    @Test
    void aPressWithoutItsIdIsNoPress() {
        String withoutId = TelegramFixtures.update("callback_query_group.json").replace("\"id\": \"4559785438211274145\",", "")
                .replace("\"id\":\"4559785438211274145\",", "");
        assertThat(withoutId).doesNotContain("4559785438211274145");

        assertThat(decoder.decode(withoutId)).isEmpty();
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
    void userWhoUnblocksTheBotIsReported() {
        String unblocked = TelegramFixtures.update("my_chat_member_blocked_private.json")
                .replace("\"status\": \"member\"", "\"status\": \"WAS\"")
                .replace("\"status\": \"kicked\"", "\"status\": \"member\"")
                .replace("\"status\": \"WAS\"", "\"status\": \"kicked\"");

        List<Inbound> events = decoder.decode(unblocked);

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

    @Test
    void anonymousAdminSpeaksAsTheGroupNotAsGroupAnonymousBot() {
        Inbound.MessageReceived message = single("anonymous_admin.json", Inbound.MessageReceived.class);

        assertThat(message.from().ref().id()).isEqualTo("-1001317760469").isNotEqualTo("1087968824");
        assertThat(message.from().displayName()).isEqualTo("food dairy chat");
        assertThat(message.text()).isEqualTo("df");
    }

    @Test
    void documentWithCaptionIsAMessageWithItsFile() {
        Inbound.MessageReceived message = single("document_pdf_caption.json", Inbound.MessageReceived.class);

        assertThat(message.text()).isEqualTo("Hóa đơn tháng 5 — please check #invoice");
        assertThat(message.kind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(message.attachment()).isEqualTo(Attachment.inbound(Attachment.Kind.DOCUMENT,
                "AwADBAADbXXXXXXXXXXXGBdhD2l6_XX", "Testfile.pdf", "application/pdf"));
    }

    @Test
    void photoKeepsItsLargestSize() {
        Inbound.MessageReceived message = single("photo_sizes.json", Inbound.MessageReceived.class);

        assertThat(message.attachment().kind()).isEqualTo(Attachment.Kind.PHOTO);
        assertThat(message.attachment().fileRef())
                .isEqualTo("AgACAgQAAxkBAAINhGKvijUVSn2i3980bQIIc1fqWGNCAAJpvDEbEmaBUfuA43fR-BnlAQADAgADeQADJAQ");
        assertThat(message.text()).isEqualTo("www.example.com");
    }

    @Test
    void vietnameseWithEmojiArrivesIntact() {
        Inbound.MessageReceived message = single("vietnamese_emoji.json", Inbound.MessageReceived.class);

        assertThat(message.text()).isEqualTo("Xin chào 👋 mình muốn đặt lịch khám thứ Hai nhé 🙏😊 @nvt_ssh_bot #đặtlịch");
        assertThat(message.text().substring(53, 53 + 12)).as("mention entity in UTF-16 units")
                .isEqualTo("@nvt_ssh_bot");
        assertThat(message.text().substring(66, 66 + 8)).as("hashtag entity in UTF-16 units").isEqualTo("#đặtlịch");
    }

    @Test
    void unreadableUpdateIsRefusedLoudly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decoder.decode("{not json"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<Inbound> decode(String fixture) {
        return decoder.decode(TelegramFixtures.update(fixture));
    }

    private <T extends Inbound> T single(String fixture, Class<T> type) {
        List<Inbound> events = decode(fixture);
        assertThat(events).as(fixture + " → " + events.stream().map(Object::toString).collect(Collectors.joining()))
                .singleElement().isInstanceOf(type);
        return type.cast(events.get(0));
    }

    private BotStatus status(String fixture) {
        return single(fixture, Inbound.BotMembershipChanged.class).status();
    }
}
