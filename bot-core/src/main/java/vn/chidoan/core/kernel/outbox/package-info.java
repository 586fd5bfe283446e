/**
 * The one durable way out: every outgoing message is stored under an idempotency key before it is
 * sent, then drained per platform, paced to the platform's limits, retried on transient errors,
 * and ends delivered, failed with a reason, or held. The core never calls a platform directly.
 * Public: {@link vn.chidoan.core.kernel.outbox.Outbox}, {@link vn.chidoan.core.kernel.outbox.chats.OutboxChats}, the
 * events and statuses; adapters implement {@link vn.chidoan.core.kernel.outbox.PlatformSender}.
 */
package vn.chidoan.core.kernel.outbox;
