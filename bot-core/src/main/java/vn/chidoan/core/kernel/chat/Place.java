package vn.chidoan.core.kernel.chat;

/** Where a command may run. */
public enum Place {
    GROUP, PRIVATE, ANYWHERE;

    public boolean allows(ChatKind kind) {
        return this == ANYWHERE || (this == GROUP) == (kind == ChatKind.GROUP);
    }
}
