package vn.chidoan.core.features.form;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * One member's registration for one form: their answers (one per field, as stored: null when not
 * given), the field they were asked last while filling in ({@code next}), and where they stand.
 * {@code round} grows with each withdrawal, so a later promotion of the same person is a new message.
 */
record Registration(long form, PersonId person, UnitId branch, Status status, List<String> answers, int next,
        int round, Instant createdAt, Instant submittedAt) {

    enum Status {
        /** Being filled in, or never sent. */
        DRAFT,
        /** Holds a place (or the form has no limit). */
        REGISTERED,
        /** On the waitlist. */
        WAITING,
        WITHDRAWN
    }

    Registration {
        answers = Collections.unmodifiableList(new ArrayList<>(answers));
    }

    /** Counts as an answer to the form: registered, waiting or withdrawn (they decided). */
    boolean answered() {
        return status != Status.DRAFT;
    }

    boolean standing() {
        return status == Status.REGISTERED || status == Status.WAITING;
    }

    String answer(int field) {
        return field < answers.size() ? answers.get(field) : null;
    }
}
