package vn.chidoan.core.features.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a record the BCH sets (template {@code record.field.<key>} names each); the member may
 * correct their own phone and gender ({@link #selfEditable}). The name is the person's own
 * ({@code member.name}), not a field of the record.
 */
public enum Field {
    BIRTH_DATE("birthDate"), GENDER("gender"), JOINED_UNION("joinedUnion"), CARD_NUMBER("cardNumber"),
    PHONE("phone"), FEE_CATEGORY("feeCategory");

    private final String stored;

    Field(String stored) {
        this.stored = stored;
    }

    /** The name of the field in the stored record. */
    String stored() {
        return stored;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field whose {@link #key} this is, as a button or a dialogue's data carries it. */
    public static Optional<Field> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }

    public boolean selfEditable() {
        return this == PHONE || this == GENDER;
    }
}
