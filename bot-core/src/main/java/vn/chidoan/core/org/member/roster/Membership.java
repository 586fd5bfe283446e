package vn.chidoan.core.org.member.roster;

import java.time.Instant;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;

/** A person's active place in a branch: {@link Role#MEMBER}, {@link Role#BCH} or {@link Role#SECRETARY}. */
public record Membership(PersonId person, UnitId branch, Role role, Instant joinedAt) {
}
