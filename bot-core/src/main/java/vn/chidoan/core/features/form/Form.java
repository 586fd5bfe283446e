package vn.chidoan.core.features.form;

import java.time.Instant;
import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * A sign-up or form as posted. {@code number} is what people type ({@code /dangky_ketqua 7}), {@code link}
 * the unguessable token of its deep link. {@code capacity} is null when places are unlimited; then
 * {@code places} and {@code waiting} stay empty and a registration is confirmed at once. With a
 * capacity, {@code places} (who holds one, in the order they got it) and {@code waiting} (the waitlist,
 * in order) are the truth about seats: they live in the form's one document, so taking the last place
 * is a single conditional update.
 *
 * @param creator        who posted it; null once they erased their data
 * @param creatorAccount the account they posted from (the summary goes to its private chat); null then too
 * @param origin         the unit it was made for (the BCH's branch, the officer's unit)
 * @param branches       every branch it reached: only their members may register
 */
record Form(long number, String link, String title, String description, Instant deadline, Integer capacity,
        boolean waitlist, List<Field> fields, PersonId creator, UserRef creatorAccount, UnitId origin,
        List<UnitId> branches, Instant createdAt, List<PersonId> places, List<PersonId> waiting) {

    Form {
        fields = List.copyOf(fields);
        branches = List.copyOf(branches);
        places = List.copyOf(places);
        waiting = List.copyOf(waiting);
    }

    boolean openAt(Instant now) {
        return deadline == null || now.isBefore(deadline);
    }

    /** A quick sign-up: nothing to fill in beyond the member's name. */
    boolean quick() {
        return fields.isEmpty();
    }

    boolean limited() {
        return capacity != null;
    }

    /** No place left and no waitlist to join. */
    boolean full() {
        return limited() && places.size() >= capacity && !waitlist;
    }

    /** The cause of the form's posting; the posts' outbox keys are {@code form:<number>:chat:<chat>}. */
    String cause() {
        return "form:" + number;
    }
}
