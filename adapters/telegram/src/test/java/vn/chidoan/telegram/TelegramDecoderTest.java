package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chidoan.telegram.DecodedFixtures.DECODER;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.telegram.testing.TelegramFixtures;

/**
 * Every recorded update decodes into the events it should (none for what the bot ignores), the same
 * when the library's model wrote it, and an unreadable one is refused. What each event holds:
 * {@link TelegramMessageDecodingTest}, {@link TelegramEventDecodingTest}.
 */
class TelegramDecoderTest {
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
        List<Inbound> events = DecodedFixtures.decode(fixture);

        assertThat(events).map(Object::getClass).map(c -> (Object) c).containsExactlyElementsOf(EXPECTED.get(fixture));
        events.forEach(event -> assertThat(event.chat().platform()).isEqualTo(Platform.TELEGRAM));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void anUpdateRewrittenByTheLibraryModelDecodesTheSame(String fixture) {
        String json = TelegramFixtures.update(fixture);
        String rewritten = TelegramJson.write(TelegramJson.update(json));

        assertThat(DECODER.decode(rewritten)).isEqualTo(DECODER.decode(json));
    }

    @Test
    void unreadableUpdateIsRefusedLoudly() {
        assertThatThrownBy(() -> DECODER.decode("{not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
