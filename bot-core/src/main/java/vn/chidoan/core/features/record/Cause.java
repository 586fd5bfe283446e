package vn.chidoan.core.features.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * Why a record changes: the event that asked for it (its key makes the history entry, so a replay
 * records nothing twice), who decided (null: the member themselves, or the bot) and when.
 */
public record Cause(String key, PersonId by, Instant at) {

    /** The same cause for another step of it (one of several members, one row of an import). */
    public Cause part(String part) {
        return new Cause(key + "#" + part, by, at);
    }

    /**
     * The history entry's id for this cause, operation and member: a digest, so that the id (which no
     * update can change) names neither the member nor an account an event key may hold.
     */
    String entryId(Operation operation, PersonId person) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (key + "|" + operation.key() + "|" + person.value()).getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
