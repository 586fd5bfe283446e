package vn.chidoan.core.features.meeting;

/** A member's answer to an invitation: joining, or away with a reason (asked in private). */
public enum Rsvp {
    YES, NO
}
