package vn.chidoan.telegram;

/** The sender and its status wired by hand against a Bot API base URL, as the configuration wires them. */
final class TelegramHarness {
    private final TelegramSender sender;
    private final TelegramStatus status;

    TelegramHarness(String apiUrl, String token) {
        TelegramConfiguration configuration = new TelegramConfiguration();
        TelegramProperties properties = new TelegramProperties(token, TelegramProperties.Mode.POLLING, apiUrl, null,
                null, null);
        this.status = configuration.telegramStatus(properties, configuration.telegramBotIdentity(properties));
        this.sender = configuration.telegramSender(configuration.telegramClient(properties), status, false);
    }

    TelegramSender sender() {
        return sender;
    }

    TelegramStatus status() {
        return status;
    }
}
