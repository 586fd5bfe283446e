package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TelegramDeepLinksTest {

    @Test
    void startLinkOpensThePrivateChatWithThePayload() {
        TelegramDeepLinks links = new TelegramDeepLinks(BotIdentity.of(1L, "ChiDoanBot"));

        assertThat(links.startLink("join_Ab-9")).contains("https://t.me/ChiDoanBot?start=join_Ab-9");
    }

    @Test
    void noLinkWhileTheBotsNameIsUnknown() {
        assertThat(new TelegramDeepLinks(new BotIdentity(null)).startLink("abc")).isEmpty();
    }

    @Test
    void configuredNameServesUntilGetMeAnswers() {
        assertThat(new TelegramDeepLinks(new BotIdentity("@ChiDoanBot")).startLink("abc"))
                .contains("https://t.me/ChiDoanBot?start=abc");
    }

    @Test
    void payloadTelegramWouldRefuseIsABug() {
        TelegramDeepLinks links = new TelegramDeepLinks(BotIdentity.of(1L, "ChiDoanBot"));

        assertThatThrownBy(() -> links.startLink("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.startLink("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> links.startLink("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(links.startLink("x".repeat(64))).isPresent();
    }
}
