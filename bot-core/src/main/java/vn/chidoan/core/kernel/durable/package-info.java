/**
 * Durable acknowledgement: the {@link vn.chidoan.core.kernel.durable.Durability} port, implemented by
 * the app for its database, and the {@link vn.chidoan.core.kernel.durable.Journal} the inbound gateway
 * acknowledges through on the embedded database. Inbound acknowledgements and the outbox's DELIVERED
 * records wait for one of them.
 */
package vn.chidoan.core.kernel.durable;
