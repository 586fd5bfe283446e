package vn.chidoan.core.kernel.outbox;

import java.util.regex.Pattern;

/**
 * Failure reasons as they are stored and logged: short, and with anything shaped like a bot token
 * removed (a sender's exception may quote a request URL that carries one).
 */
public final class Reasons {
    private static final Pattern TOKEN = Pattern.compile("\\d{5,}:[A-Za-z0-9_-]{30,}");
    private static final Pattern SECRET_PARAM = Pattern.compile("(?i)(access_token|token)=[^&\\s]+");
    private static final int MAX_LENGTH = 300;

    private Reasons() {
    }

    public static String clean(String reason) {
        if (reason == null || reason.isBlank()) {
            return "unknown";
        }
        String safe = SECRET_PARAM.matcher(TOKEN.matcher(reason).replaceAll("<token>")).replaceAll("$1=<token>");
        return safe.length() <= MAX_LENGTH ? safe : safe.substring(0, MAX_LENGTH) + "...";
    }

    public static String of(Throwable error) {
        return clean(error.getClass().getSimpleName() + ": " + error.getMessage());
    }
}
