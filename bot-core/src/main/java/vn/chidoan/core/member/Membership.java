package vn.chidoan.core.member;

import java.time.Instant;
import vn.chidoan.core.chat.PersonId;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.chat.UnitId;

/** A person's active place in a branch: {@link Role#MEMBER}, {@link Role#BCH} or {@link Role#SECRETARY}. */
public record Membership(PersonId person, UnitId branch, Role role, Instant joinedAt) {
}
