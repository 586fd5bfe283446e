package vn.chidoan.core.kernel.personal;

import vn.chidoan.core.kernel.chat.PersonId;

/**
 * Port: a store that keeps anything about a person. Every such store, in every layer, implements it
 * as a Spring bean from its first commit; erasure ({@code /xoadulieu}) calls {@link #forget} on all
 * of them, and linking two accounts of one person calls {@link #move} on all of them
 * ({@link PersonalDataStores}). A test scans every collection after an erasure for the person's id,
 * name and chats. Both methods are repeated safely: a crash mid-way is finished by calling them again.
 */
public interface PersonalData {

    /**
     * Removes what this store keeps about the person: their records, the texts they wrote, the
     * payloads that carry their name or chats. What must survive for others (a count, a total, an
     * anonymous comment's existence) is kept without anything that names them.
     */
    void forget(DataSubject subject);

    /**
     * Moves what this store keeps of {@code from} onto {@code into}, the same person's surviving
     * record (account merging), so nothing of theirs is lost or left under the old id. Where both
     * hold one thing that can exist once (an answer to the same question), the surviving record's
     * stays.
     */
    void move(PersonId from, PersonId into);

    /**
     * Whether this store is still doing something for the person that a second {@link #forget} would
     * cut short (a message on its way to them, an event of theirs being handled). The erasure's second
     * pass, which removes the traces of the erasure's own exchange, waits while any store is busy.
     */
    default boolean busyWith(DataSubject subject) {
        return false;
    }
}
