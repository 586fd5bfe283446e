package vn.chidoan.core.org.member;

import java.time.Instant;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * A person the bot knows. {@code consentAt} is when they agreed to have their data stored; it is null
 * for a roster entry the BCH added by name before the person joined.
 */
public record Person(PersonId id, String name, String lang, Instant consentAt) {
}
