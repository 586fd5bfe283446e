package vn.chidoan.core.testing;

import java.util.Optional;
import vn.chidoan.core.chat.DeepLinks;
import vn.chidoan.core.chat.Platform;

/** Telegram-style start links for a test bot: {@code https://t.me/<bot>?start=<payload>}. */
public final class FakeDeepLinks implements DeepLinks {
    public static final String PREFIX = "https://t.me/" + TestBot.BOT_USERNAME + "?start=";

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public Optional<String> startLink(String payload) {
        return Optional.of(PREFIX + payload);
    }

    /** The payload of a link this class made. */
    public static String payloadOf(String link) {
        if (!link.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a start link of the test bot: " + link);
        }
        return link.substring(PREFIX.length());
    }
}
