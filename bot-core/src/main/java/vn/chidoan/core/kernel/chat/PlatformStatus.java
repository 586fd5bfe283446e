package vn.chidoan.core.kernel.chat;

/**
 * Port: whether a platform's API answered lately, for the health endpoint. Each adapter that is
 * switched on provides one; the app turns them into health components.
 */
public interface PlatformStatus {
    Platform platform();

    boolean reachable();

    /** A short, token-free description: the API base URL, the bot's username, the last error. */
    String detail();
}
