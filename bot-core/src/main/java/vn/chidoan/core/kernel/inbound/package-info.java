/**
 * Inbound is idempotent: every platform event is recorded under its unique key before it has any
 * effect, answered fast, and handled once, one at a time per chat lane, even across a restart.
 * Adapters call {@link vn.chidoan.core.kernel.inbound.InboundGateway} and implement
 * {@link vn.chidoan.core.kernel.inbound.InboundDecoder}; handling goes to the pipeline's InboundHandler.
 */
package vn.chidoan.core.kernel.inbound;
