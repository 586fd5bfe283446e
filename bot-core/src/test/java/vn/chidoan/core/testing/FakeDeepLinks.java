package vn.chidoan.core.testing;

import java.util.Optional;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * Start links of a test bot: Telegram-style {@code https://t.me/<bot>?start=<payload>} by default, or
 * Messenger-style {@code https://m.me/<page>?ref=<payload>}.
 */
public final class FakeDeepLinks implements DeepLinks {
    public static final String PREFIX = "https://t.me/" + TestBot.BOT_USERNAME + "?start=";
    public static final String MESSENGER_PREFIX = "https://m.me/" + TestBot.PAGE_USERNAME + "?ref=";

    private final Platform platform;
    private final String prefix;

    public FakeDeepLinks() {
        this(Platform.TELEGRAM, PREFIX);
    }

    private FakeDeepLinks(Platform platform, String prefix) {
        this.platform = platform;
        this.prefix = prefix;
    }

    public static FakeDeepLinks messenger() {
        return new FakeDeepLinks(Platform.MESSENGER, MESSENGER_PREFIX);
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public Optional<String> startLink(String payload) {
        return Optional.of(prefix + payload);
    }

    /** The payload of a link this class made. */
    public static String payloadOf(String link) {
        for (String prefix : new String[] {PREFIX, MESSENGER_PREFIX}) {
            if (link.startsWith(prefix)) {
                return link.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("not a start link of the test bot: " + link);
    }
}
