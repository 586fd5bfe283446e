package vn.chidoan.telegram;

import java.net.URI;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Telegram settings ({@code chidoan.telegram.*}). The adapter is on only when {@code token} is set.
 *
 * @param mode          how updates arrive: {@code polling} (default) or {@code webhook}
 * @param apiUrl        the Bot API base, {@code scheme://host[:port]} (a local Bot API server or a fake)
 * @param webhookSecret the secret Telegram echoes in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param webhookUrl    if set in webhook mode, the public URL registered with setWebhook at start
 * @param username      the bot's username, used until getMe has answered
 */
@ConfigurationProperties("chidoan.telegram")
public record TelegramProperties(String token, Mode mode, String apiUrl, String webhookSecret, String webhookUrl,
        String username) {

    public static final String PUBLIC_API = "https://api.telegram.org";

    public enum Mode {
        POLLING, WEBHOOK;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TelegramProperties {
        mode = mode == null ? Mode.POLLING : mode;
        apiUrl = blank(apiUrl) ? PUBLIC_API : stripSlash(apiUrl.strip());
    }

    /** The base URL as the library wants it; a base with a path cannot be expressed and is refused. */
    TelegramUrl telegramUrl() {
        URI uri = URI.create(apiUrl);
        if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())) {
            throw new IllegalArgumentException("chidoan.telegram.api-url must be scheme://host[:port], got " + apiUrl);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    boolean hasWebhookUrl() {
        return !blank(webhookUrl);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Never prints the token or the webhook secret. */
    @Override
    public String toString() {
        return "TelegramProperties[mode=" + mode.code() + ", apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl
                + ", username=" + username + "]";
    }
}
