package vn.chidoan.telegram;

import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chidoan.core.kernel.inbound.InboundGateway;
import vn.chidoan.core.kernel.pipeline.CommandCatalog;
import vn.chidoan.core.kernel.text.Texts;

/**
 * The Telegram adapter's beans, all off unless {@code chidoan.telegram.token} is set. The webhook
 * controller exists only in webhook mode, the long poller only in polling mode (the default).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegram
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {
    private static final String PREFIX = "chidoan.telegram";

    @Bean
    BotIdentity telegramBotIdentity(TelegramProperties properties) {
        return new BotIdentity(properties.username());
    }

    @Bean
    TelegramClient telegramClient(TelegramProperties properties) {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS).writeTimeout(60, TimeUnit.SECONDS).build();
        return new OkHttpTelegramClient(TelegramJson.mapper(), http, properties.token(), properties.telegramUrl());
    }

    @Bean
    TelegramStatus telegramStatus(TelegramProperties properties, BotIdentity bot) {
        return new TelegramStatus(properties.apiUrl(), bot);
    }

    @Bean
    TelegramDecoder telegramDecoder(BotIdentity bot) {
        return new TelegramDecoder(bot);
    }

    /**
     * With {@code chidoan.telegram.paid-broadcast} the operator has switched on paid broadcasts for the bot
     * (BotFather, Stars on its balance): messages go at up to 1,000 a second and Telegram charges for them.
     */
    @Bean
    TelegramSender telegramSender(TelegramClient client, TelegramStatus status,
            @Value("${chidoan.telegram.paid-broadcast:false}") boolean paidBroadcast) {
        if (paidBroadcast) {
            LoggerFactory.getLogger(TelegramSender.class)
                    .info("Telegram: paid broadcasts on: up to 1,000 messages a second, charged in Stars");
        }
        return new TelegramSender(client, status, paidBroadcast);
    }

    @Bean
    TelegramFiles telegramFiles(TelegramClient client, TelegramProperties properties) {
        return new TelegramFiles(client, properties);
    }

    @Bean
    TelegramDeepLinks telegramDeepLinks(BotIdentity bot) {
        return new TelegramDeepLinks(bot);
    }

    @Bean
    TelegramStartup telegramStartup(TelegramProperties properties, TelegramClient client, BotIdentity bot,
            TelegramStatus status, ObjectProvider<CommandCatalog> commands, Texts texts) {
        return new TelegramStartup(properties, client, bot, status, commands, texts);
    }

    @Bean
    @ConditionalOnProperty(prefix = PREFIX, name = "mode", havingValue = "polling", matchIfMissing = true)
    TelegramPolling telegramPolling(TelegramProperties properties, InboundGateway gateway) {
        return new TelegramPolling(properties, gateway);
    }
}
