package vn.chidoan.core.kernel.chat;

/**
 * Who said something, as the platform describes them. {@code displayName} is the profile name the
 * platform gave (never trusted for identity); {@code languageCode} may be null.
 */
public record Speaker(UserRef ref, String displayName, String username, String languageCode) {
}
