/**
 * Durable acknowledgement: the {@link vn.chidoan.core.kernel.durable.Durability} port, implemented by
 * the app for its database. Inbound acknowledgements and the outbox's DELIVERED records wait for it.
 */
package vn.chidoan.core.kernel.durable;
