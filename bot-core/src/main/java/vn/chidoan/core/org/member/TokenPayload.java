package vn.chidoan.core.org.member;

import java.util.regex.Pattern;

/**
 * A {@code /start} payload {@code <prefix><token>} that names an item by its own random token of
 * {@code length} letters and digits (a form, a post), so links cannot be reached by counting.
 */
public record TokenPayload(String prefix, int length) {

    public String of(String token) {
        return prefix + token;
    }

    public boolean matches(String payload) {
        return payload.matches(Pattern.quote(prefix) + "[A-Za-z0-9]{" + length + "}");
    }

    /** The token of a payload that {@link #matches}. */
    public String token(String payload) {
        return payload.substring(prefix.length());
    }
}
