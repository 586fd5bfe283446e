package vn.chidoan.core.kernel.chat;

/** Where a message was said: in a group (a branch's chat) or one to one with the bot. */
public enum ChatKind {
    GROUP, PRIVATE
}
