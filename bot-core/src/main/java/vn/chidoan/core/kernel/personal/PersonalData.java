package vn.chidoan.core.kernel.personal;

import vn.chidoan.core.kernel.chat.PersonId;

/**
 * Port: a store that keeps anything about a person. Every such store, in every layer, implements it
 * as a Spring bean from its first commit; erasure ({@code /xoadulieu}) calls {@link #forget} on all
 * of them, and linking two accounts of one person calls {@link #move} on all of them. A test scans
 * every collection after an erasure for the person's id, name and chats.
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
}
