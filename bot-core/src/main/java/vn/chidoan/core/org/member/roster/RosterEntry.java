package vn.chidoan.core.org.member.roster;

import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;

/** One line of a branch's roster; {@code number} is the position the BCH types in commands. */
public record RosterEntry(int number, PersonId person, String name, Role role, boolean hasAccount) {
}
