package vn.chidoan.messenger;

import com.github.messenger4j.Messenger;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chidoan.core.kernel.text.Texts;

/**
 * The Messenger adapter's beans, all off unless {@code chidoan.messenger.page-token} is set. messenger4j
 * is given {@link GraphHttpClient}, which the sender also uploads files with, so every call goes to
 * {@code chidoan.messenger.api-url}; it never checks signatures itself ({@link MessengerWebhookController}
 * does, on the raw bytes).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMessenger
@EnableConfigurationProperties(MessengerProperties.class)
class MessengerConfiguration {
    /** The line under numbered choices; Vietnamese, as the person's language is not known here. */
    static final String TYPE_A_NUMBER = "messenger.type_a_number";

    @Bean
    GraphHttpClient graphHttpClient(MessengerProperties properties) {
        return new GraphHttpClient(properties.apiUrl(), properties.pageToken());
    }

    @Bean
    Messenger messenger(MessengerProperties properties, GraphHttpClient graph) {
        return Messenger.create(properties.pageToken(), secretOrUnset(properties.appSecret()),
                secretOrUnset(properties.verifyToken()), Optional.of(graph));
    }

    @Bean
    MessengerStatus messengerStatus(MessengerProperties properties) {
        return new MessengerStatus(properties.apiUrl(), properties.pageUsername());
    }

    @Bean
    MessengerDecoder messengerDecoder() {
        return new MessengerDecoder();
    }

    @Bean
    MessengerSender messengerSender(Messenger messenger, GraphHttpClient graph, MessengerStatus status, Clock clock,
            Texts texts, @Value("${chidoan.messenger.sends-per-second:" + MessengerSender.PER_SECOND + "}") int perSecond) {
        return new MessengerSender(messenger, graph, status, clock, texts.plain(TYPE_A_NUMBER, Texts.VIETNAMESE),
                perSecond);
    }

    @Bean
    MessengerFiles messengerFiles() {
        return new MessengerFiles();
    }

    @Bean
    MessengerDeepLinks messengerDeepLinks(MessengerProperties properties) {
        return new MessengerDeepLinks(properties.pageUsername());
    }

    @Bean
    MessengerStartup messengerStartup(MessengerProperties properties, Messenger messenger, MessengerStatus status) {
        return new MessengerStartup(properties, messenger, status);
    }

    /** messenger4j wants non-null secrets even where it does not use them; the webhook refuses blank ones. */
    private static String secretOrUnset(String secret) {
        return secret == null ? "" : secret;
    }
}
