package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.telegram.DecodedFixtures.single;
import static vn.chidoan.telegram.DecodedFixtures.singleOf;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.telegram.testing.TelegramFixtures;

/**
 * Messages: commands to this bot (and not to another), deep links, forum topics, replies and whom they
 * answer, anonymous admins, files and photos, Vietnamese with emoji, profile names as the bot shows them.
 */
class TelegramMessageDecodingTest {

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
    void anonymousAdminSpeaksAsTheGroupNotAsGroupAnonymousBot() {
        Inbound.MessageReceived message = single("anonymous_admin.json", Inbound.MessageReceived.class);

        assertThat(message.from().ref().id()).isEqualTo("-1001317760469").isNotEqualTo("1087968824");
        assertThat(message.from().displayName()).isEqualTo("food dairy chat");
        assertThat(message.text()).isEqualTo("df");
    }

    @Test
    void profileNamesLoseInvisibleAndControlCharactersSoNoReplyEchoesThem() {
        String spoofed = TelegramFixtures.update("reply_to_bot_message.json")
                .replace("\"PokeRand Games\"", "\"Poke\\u202eRand\\u200b\\nGames\\u0007\"");
        assertThat(spoofed).as("the fixture's replied-to author was renamed").contains("Poke\\u202eRand");
        String named = TelegramFixtures.update("private_text.json").replace("\"first_name\": \"Hirrolot\",\n      \"id\"",
                "\"first_name\": \"L\\u00ea\\u2067 V\\u0103n\\r\\n\", \"last_name\": \"\\u200bC\\u01b0\\u1eddng\",\n      \"id\"");
        assertThat(named).as("the fixture's sender was renamed").contains("last_name");

        assertThat(singleOf(spoofed, Inbound.MessageReceived.class).repliedTo().displayName())
                .isEqualTo("PokeRand Games");
        assertThat(singleOf(named, Inbound.MessageReceived.class).from().displayName()).isEqualTo("Lê Văn Cường");
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
}
