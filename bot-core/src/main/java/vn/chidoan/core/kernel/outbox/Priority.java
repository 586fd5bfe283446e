package vn.chidoan.core.kernel.outbox;

/** Interactive replies go out ahead of bulk fan-out (notices, reminders). */
public enum Priority {
    INTERACTIVE, BULK
}
