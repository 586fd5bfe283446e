package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramPropertiesTest {

    @Test
    void defaultsArePollingThePublicApi() {
        TelegramProperties properties = new TelegramProperties("1:abc", null, null, null, null, null);

        assertThat(properties.mode()).isEqualTo(TelegramProperties.Mode.POLLING);
        assertThat(properties.apiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(properties.telegramUrl()).isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
    }

    @Test
    void localApiServerKeepsItsPort() {
        TelegramProperties properties = new TelegramProperties("1:abc", null, "http://127.0.0.1:8081/", null, null,
                null);

        assertThat(properties.apiUrl()).isEqualTo("http://127.0.0.1:8081");
        assertThat(properties.telegramUrl()).isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
    }

    @Test
    void baseWithAPathIsRefused() {
        TelegramProperties properties = new TelegramProperties("1:abc", null, "https://proxy.example.org/telegram",
                null, null, null);

        assertThatThrownBy(properties::telegramUrl).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scheme://host[:port]");
    }

    @Test
    void printingTheSettingsNeverShowsTheTokenOrTheSecret() {
        TelegramProperties properties = new TelegramProperties("123456:SECRET-TOKEN", TelegramProperties.Mode.WEBHOOK,
                null, "hook-secret", "https://bot.example.org/telegram/webhook", "ChiDoanBot");

        assertThat(properties.toString()).doesNotContain("SECRET-TOKEN").doesNotContain("hook-secret")
                .contains("webhook", "ChiDoanBot");
    }
}
