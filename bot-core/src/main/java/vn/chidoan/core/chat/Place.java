package vn.chidoan.core.chat;

/** Where a command may run. */
public enum Place {
    GROUP, PRIVATE, ANYWHERE;

    public boolean allows(ChatKind kind) {
        return this == ANYWHERE || (this == GROUP) == (kind == ChatKind.GROUP);
    }
}
