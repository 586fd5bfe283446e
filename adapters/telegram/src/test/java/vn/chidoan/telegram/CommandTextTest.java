package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;

class CommandTextTest {
    private final BotIdentity bot = BotIdentity.of(42L, "ChiDoanBot");

    @Test
    void commandAddressedToUsLosesTheSuffixWhateverTheCase() {
        assertThat(CommandText.normalize("/gopy@chidoanbot Kế hoạch tháng 5", List.of(command(0, 16)), bot))
                .contains("/gopy Kế hoạch tháng 5");
    }

    @Test
    void commandAddressedToAnotherBotIsNotOurs() {
        assertThat(CommandText.normalize("/gopy@OtherBot x", List.of(command(0, 14)), bot)).isEmpty();
    }

    @Test
    void separateMentionOfUsIsDroppedAndArgumentsKept() {
        String text = "/hop @ChiDoanBot 15/12 19h Sinh hoạt";
        List<MessageEntity> entities = List.of(command(0, 4), entity("mention", 5, 11));

        assertThat(CommandText.normalize(text, entities, bot)).contains("/hop 15/12 19h Sinh hoạt");
    }

    @Test
    void mentionOfSomeoneElseIsAnArgument() {
        String text = "/bch_them @nguyenvana";

        assertThat(CommandText.normalize(text, List.of(command(0, 9), entity("mention", 10, 11)), bot))
                .contains(text);
    }

    @Test
    void emojiBeforeAMentionShiftsOffsetsInUtf16Units() {
        String text = "/gopy@ChiDoanBot 🙏😊 ý kiến @ChiDoanBot";

        assertThat(CommandText.normalize(text, List.of(command(0, 16), entity("mention", 28, 11)), bot))
                .contains("/gopy 🙏😊 ý kiến @ChiDoanBot");
    }

    @Test
    void commandWithoutEntitiesIsStillRecognised() {
        assertThat(CommandText.normalize("/toi@ChiDoanBot", null, bot)).contains("/toi");
        assertThat(CommandText.normalize("/toi @ChiDoanBot", null, bot)).contains("/toi");
    }

    @Test
    void plainTextIsUntouched() {
        assertThat(CommandText.normalize("Xin chào @ChiDoanBot", List.of(entity("mention", 9, 11)), bot))
                .contains("Xin chào @ChiDoanBot");
    }

    @Test
    void beforeGetMeAnsweredEveryBotNameCountsAsUsButNoMentionIsDropped() {
        BotIdentity unknown = new BotIdentity(null);

        assertThat(CommandText.normalize("/toi@AnyBot", List.of(command(0, 11)), unknown)).contains("/toi");
        assertThat(CommandText.normalize("/toi @AnyBot", List.of(command(0, 4)), unknown)).contains("/toi @AnyBot");
    }

    private static MessageEntity command(int offset, int length) {
        return entity("bot_command", offset, length);
    }

    private static MessageEntity entity(String type, int offset, int length) {
        return MessageEntity.builder().type(type).offset(offset).length(length).build();
    }
}
