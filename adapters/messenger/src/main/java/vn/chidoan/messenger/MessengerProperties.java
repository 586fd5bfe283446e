package vn.chidoan.messenger;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Messenger settings ({@code chidoan.messenger.*}). The adapter is on only when {@code pageToken} is
 * set; its webhook then needs {@code appSecret} and {@code verifyToken}.
 *
 * @param pageToken    the Page access token the Send API is called with
 * @param appSecret    the app secret, key of the {@code X-Hub-Signature-256} HMAC on webhook calls
 * @param verifyToken  the token Facebook echoes when it verifies {@code GET /messenger/webhook}
 * @param apiUrl       the Graph API base with its version, {@code scheme://host[:port]/vNN.N}
 * @param pageUsername the Page's username, for {@code https://m.me/<page>?ref=<code>} links
 */
@ConfigurationProperties("chidoan.messenger")
public record MessengerProperties(String pageToken, String appSecret, String verifyToken, String apiUrl,
        String pageUsername) {

    public static final String PUBLIC_API = "https://graph.facebook.com/v23.0";

    public MessengerProperties {
        apiUrl = blank(apiUrl) ? PUBLIC_API : stripSlash(apiUrl.strip());
        URI uri = URI.create(apiUrl);
        if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("chidoan.messenger.api-url must be http(s)://host[:port][/version], got "
                    + apiUrl);
        }
        pageUsername = blank(pageUsername) ? null : pageUsername.strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Never prints the page token, the app secret or the verify token. */
    @Override
    public String toString() {
        return "MessengerProperties[apiUrl=" + apiUrl + ", pageUsername=" + pageUsername + "]";
    }
}
