package vn.chidoan.core.kernel.chat;

/**
 * What a caller may do where they speak, from least to most. An officer's rights cover their unit's
 * whole subtree; an admin's cover everything.
 */
public enum Role {
    /** Not (yet) a member of the branch in context. */
    GUEST,
    MEMBER,
    /** Ban chấp hành: committee member. */
    BCH,
    /** Bí thư. */
    SECRETARY,
    /** Cán bộ Đoàn cấp trên, for a unit whose subtree contains the context. */
    OFFICER,
    ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
