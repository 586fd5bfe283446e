package vn.chidoan.core.kernel.chat;

import java.util.Objects;

/** An opaque reference to a chat (a group or a private conversation) on one platform. */
public record ChatRef(Platform platform, String id) {
    public ChatRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }

    /** A stable string form, {@code telegram:-100123}, used as a storage key. */
    public String key() {
        return platform.code() + ":" + id;
    }

    public static ChatRef parse(String key) {
        int colon = key.indexOf(':');
        return new ChatRef(Platform.fromCode(key.substring(0, colon)), key.substring(colon + 1));
    }
}
