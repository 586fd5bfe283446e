/**
 * Multi-step dialogues: each is a {@link vn.chidoan.core.kernel.conversation.Flow} whose state lives in
 * MongoDB per (chat, user), one at a time, ended by {@code /huy} or by its timeout.
 */
package vn.chidoan.core.kernel.conversation;
