package vn.chidoan.core.chat;

/**
 * What a platform can do, so the core degrades instead of breaking: Messenger has no groups and no
 * edits and at most three buttons; Telegram splits text at 4,096 characters.
 */
public record Capabilities(boolean groups, boolean edits, int maxTextLength, int maxButtons,
        int maxButtonLabel) {

    public static Capabilities of(Platform platform) {
        return switch (platform) {
            case TELEGRAM -> new Capabilities(true, true, 4096, 100, 64);
            case MESSENGER -> new Capabilities(false, false, 2000, 3, 20);
            case SANDBOX -> new Capabilities(true, true, 4096, 100, 64);
        };
    }
}
