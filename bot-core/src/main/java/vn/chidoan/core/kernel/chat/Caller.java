package vn.chidoan.core.kernel.chat;

import java.util.Set;

/**
 * Who is speaking and what they may do in this chat, as the {@link CallerResolver} worked it out.
 *
 * @param person    the known person, or null before onboarding
 * @param lang      the language to answer in ({@code vi} or {@code en})
 * @param unit      the unit in context: the branch linked to the group, or the caller's own branch
 *                  (or, for an officer in private chat, their unit); null if none
 * @param role      the caller's effective role for {@code unit}
 * @param officerOf the units the caller is an officer of
 */
public record Caller(PersonId person, Speaker speaker, String lang, UnitId unit, Role role,
        Set<UnitId> officerOf, boolean admin) {

    public Caller {
        officerOf = Set.copyOf(officerOf);
    }

    public UserRef user() {
        return speaker.ref();
    }

    public boolean known() {
        return person != null;
    }

    /** The same caller known as {@code person}: after {@code /start} recorded their consent, say. */
    public Caller as(PersonId person) {
        return new Caller(person, speaker, lang, unit, role, officerOf, admin);
    }
}
