package vn.chidoan.core.outbox;

/** Interactive replies go out ahead of bulk fan-out (notices, reminders). */
public enum Priority {
    INTERACTIVE, BULK
}
