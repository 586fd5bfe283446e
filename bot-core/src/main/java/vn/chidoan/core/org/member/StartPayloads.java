package vn.chidoan.core.org.member;

import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Port: what {@code /start <payload>} opens (an invite code, later a deep-linked action). The start
 * command asks for consent first when the person is new, then calls {@link #redeem}.
 */
public interface StartPayloads {

    /**
     * Whether the payload is this handler's, checked before anything is stored; throws
     * {@link vn.chidoan.core.kernel.chat.BadInput} when it is but can no longer be used.
     */
    boolean recognises(String payload);

    /**
     * Acts on the payload for a person who has consented; re-checks it (a button may be pressed late).
     * {@code person} is null only for a payload that needs no consent, said by someone the bot does not
     * know yet.
     */
    void redeem(Caller caller, PersonId person, String payload, Replies replies);

    /**
     * Whether a new person is asked for consent before {@link #redeem}: false only where the payload
     * itself shows that the person behind it has consented already (an account link code from
     * {@code /toi}).
     */
    default boolean needsConsent() {
        return true;
    }
}
