/**
 * The organisation tree (Tỉnh đoàn → … → chi đoàn), branches' group chats, one-time invite codes,
 * officers of units, and who a caller is where they speak ({@link vn.chidoan.core.kernel.chat.CallerResolver}).
 */
package vn.chidoan.core.org.unit;
