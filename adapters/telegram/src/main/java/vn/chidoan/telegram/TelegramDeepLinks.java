package vn.chidoan.telegram;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.Platform;

/** {@code https://t.me/<bot>?start=<payload>}: opens the private chat and sends {@code /start <payload>}. */
class TelegramDeepLinks implements DeepLinks {
    /** What Telegram allows in a start parameter. */
    private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final BotIdentity bot;

    TelegramDeepLinks(BotIdentity bot) {
        this.bot = bot;
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    /** Empty while the bot's username is unknown; a payload Telegram would refuse is a bug, so it throws. */
    @Override
    public Optional<String> startLink(String payload) {
        if (payload == null || !PAYLOAD.matcher(payload).matches()) {
            throw new IllegalArgumentException("a start payload is 1-64 of [A-Za-z0-9_-], got " + payload);
        }
        return bot.username().map(name -> "https://t.me/" + name + "?start=" + payload);
    }
}
