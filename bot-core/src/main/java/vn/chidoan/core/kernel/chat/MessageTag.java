package vn.chidoan.core.kernel.chat;

/**
 * Why a message may still reach a person outside a platform's messaging window (Messenger's 24 hours
 * after their last message). Only what the platform's policy permits: a feature sets a tag only when
 * the message really is what the tag says; an untagged message outside the window is held or sent on
 * the person's other platform.
 */
public enum MessageTag {
    /** A reminder or change about an event the person confirmed they attend (a meeting they accepted). */
    CONFIRMED_EVENT_UPDATE,
    /** A change to the person's own account or application (their membership was approved or ended). */
    ACCOUNT_UPDATE
}
