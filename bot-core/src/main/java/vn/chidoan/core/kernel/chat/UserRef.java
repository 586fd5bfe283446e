package vn.chidoan.core.kernel.chat;

import java.util.Objects;

/** An opaque reference to a person's account on one platform (Telegram user id, Messenger PSID). */
public record UserRef(Platform platform, String id) {
    public UserRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }

    /** A stable string form, {@code telegram:12345}, used as a storage key and in configuration. */
    public String key() {
        return platform.code() + ":" + id;
    }

    /** The private chat with this user. On every supported platform it shares the user's id. */
    public ChatRef privateChat() {
        return new ChatRef(platform, id);
    }

    public static UserRef parse(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected <platform>:<id>, got " + key);
        }
        return new UserRef(Platform.fromCode(key.substring(0, colon).trim()), key.substring(colon + 1).trim());
    }
}
