package vn.chidoan.core.features.form;

import java.time.Instant;
import java.util.List;

/**
 * What a creator gives before a form exists: from the one-line sign-up, or built in the dialogue.
 * {@code capacity} null: no limit (and no waitlist); {@code fields} empty: a quick sign-up.
 */
record FormSpec(String title, String description, Instant deadline, Integer capacity, boolean waitlist,
        List<Field> fields) {
    static final int MAX_FIELDS = 20;
    static final int MAX_CAPACITY = 100_000;

    FormSpec {
        fields = List.copyOf(fields);
        waitlist = capacity != null && waitlist;
    }
}
