package vn.chidoan.telegram;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Who the bot is on Telegram: its id and username from getMe (or the configured username until getMe
 * answers). Used to strip {@code @OurBot} from commands, to recognise replies to the bot and to build
 * deep links.
 */
final class BotIdentity {
    private volatile Long id;
    private volatile String username;

    BotIdentity(String configuredUsername) {
        this.username = TelegramProperties.blank(configuredUsername) ? null : strip(configuredUsername);
    }

    static BotIdentity of(long id, String username) {
        BotIdentity identity = new BotIdentity(username);
        identity.learned(id, username);
        return identity;
    }

    void learned(long botId, String botUsername) {
        this.id = botId;
        if (!TelegramProperties.blank(botUsername)) {
            this.username = strip(botUsername);
        }
    }

    Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** Whether {@code name} (with or without {@code @}) is this bot; an unknown identity claims every name. */
    boolean answersTo(String name) {
        String ours = username;
        return ours == null || ours.equalsIgnoreCase(strip(name));
    }

    /** Whether {@code name} is known to be this bot: only a known identity can say so. */
    boolean isNamed(String name) {
        String ours = username;
        return ours != null && ours.equalsIgnoreCase(strip(name));
    }

    boolean isUs(User user) {
        if (user == null) {
            return false;
        }
        Long ours = id;
        if (ours != null) {
            return ours.equals(user.getId());
        }
        return Boolean.TRUE.equals(user.getIsBot()) && user.getUserName() != null && isNamed(user.getUserName());
    }

    private static String strip(String name) {
        return name.startsWith("@") ? name.substring(1) : name;
    }
}
