package vn.chidoan.core.kernel.chat;

/** A person known to the bot, across all their linked platform accounts. */
public record PersonId(String value) {
}
