package vn.chidoan.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chidoan.core.kernel.chat.AdapterStartup;
import vn.chidoan.core.kernel.pipeline.CommandCatalog;
import vn.chidoan.core.kernel.text.Texts;

/**
 * At start: learns who the bot is (getMe), publishes the command menu, registers the webhook when a
 * public URL is configured, and says in the log that Telegram is on. Nothing here stops the
 * application: a failure is logged and the bot keeps the configured username.
 */
class TelegramStartup extends AdapterStartup {
    private static final Logger log = LoggerFactory.getLogger(TelegramStartup.class);

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final BotIdentity bot;
    private final TelegramStatus status;
    private final ObjectProvider<CommandCatalog> commands;
    private final Texts texts;

    TelegramStartup(TelegramProperties properties, TelegramClient client, BotIdentity bot, TelegramStatus status,
            ObjectProvider<CommandCatalog> commands, Texts texts) {
        this.properties = properties;
        this.client = client;
        this.bot = bot;
        this.status = status;
        this.commands = commands;
        this.texts = texts;
    }

    @Override
    protected void startUp() {
        if (learnWhoWeAre()) {
            publishMenu();
            registerWebhook();
        }
        log.info("Telegram: on ({}) as @{} via {}", properties.mode().code(), bot.username().orElse("?"),
                properties.apiUrl());
    }

    private boolean learnWhoWeAre() {
        try {
            User me = client.execute(new GetMe());
            bot.learned(me.getId(), me.getUserName());
            status.answered();
            return true;
        } catch (TelegramApiException e) {
            String reason = TelegramErrors.classify(e).toString();
            status.failed(reason);
            log.warn("Telegram: getMe failed at {} ({}); menu and webhook not set", properties.apiUrl(), reason);
            return false;
        }
    }

    private void publishMenu() {
        List<SetMyCommands> menus = CommandMenu.requests(commands.stream().flatMap(c -> c.specs().stream()).toList(), texts);
        for (SetMyCommands menu : menus) {
            try {
                client.execute(menu);
            } catch (TelegramApiException e) {
                log.warn("Telegram: setMyCommands for {} failed: {}", menu.getScope().getType(),
                        TelegramErrors.classify(e));
            }
        }
    }

    private void registerWebhook() {
        if (properties.mode() != TelegramProperties.Mode.WEBHOOK || !properties.hasWebhookUrl()) {
            return;
        }
        try {
            client.execute(SetWebhook.builder().url(properties.webhookUrl()).secretToken(properties.webhookSecret())
                    .allowedUpdates(TelegramPolling.ALLOWED_UPDATES).build());
            log.info("Telegram: webhook set to {}", properties.webhookUrl());
        } catch (TelegramApiException e) {
            log.warn("Telegram: setWebhook to {} failed: {}", properties.webhookUrl(), TelegramErrors.classify(e));
        }
    }
}
