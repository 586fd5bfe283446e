package vn.chidoan.core.kernel.chat;

import java.util.Locale;

/** A chat platform the bot speaks on. */
public enum Platform {
    TELEGRAM, MESSENGER, SANDBOX;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Platform fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
