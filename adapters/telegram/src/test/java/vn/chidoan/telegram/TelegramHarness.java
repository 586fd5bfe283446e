package vn.chidoan.telegram;

import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The adapter's parts wired by hand against a Bot API base URL, as the configuration wires them. */
final class TelegramHarness {
    private final TelegramConfiguration configuration = new TelegramConfiguration();
    private final TelegramProperties properties;
    private final BotIdentity bot;
    private final TelegramClient client;
    private final TelegramStatus status;

    TelegramHarness(String apiUrl, String token) {
        this(new TelegramProperties(token, TelegramProperties.Mode.POLLING, apiUrl, null, null, null));
    }

    TelegramHarness(TelegramProperties properties) {
        this.properties = properties;
        this.bot = configuration.telegramBotIdentity(properties);
        this.client = configuration.telegramClient(properties);
        this.status = configuration.telegramStatus(properties, bot);
    }

    TelegramSender sender() {
        return configuration.telegramSender(client, status);
    }

    TelegramProperties properties() {
        return properties;
    }

    TelegramStatus status() {
        return status;
    }

    BotIdentity bot() {
        return bot;
    }

    TelegramClient client() {
        return client;
    }
}
