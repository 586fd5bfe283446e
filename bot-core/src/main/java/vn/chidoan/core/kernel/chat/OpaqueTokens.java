package vn.chidoan.core.kernel.chat;

import java.security.SecureRandom;

/**
 * Random tokens for what a link or a QR code carries instead of an object's number, so that nobody can
 * reach an object by counting: letters and digits that do not look alike.
 */
public final class OpaqueTokens {
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueTokens() {
    }

    /** A new token of {@code length} characters (16 give about 93 bits). */
    public static String next(int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return token.toString();
    }
}
