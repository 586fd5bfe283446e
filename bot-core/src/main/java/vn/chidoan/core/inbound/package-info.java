/**
 * Inbound is idempotent: every platform event is recorded under its unique key before it has any
 * effect, answered fast, and handled once, one at a time per chat lane, even across a restart.
 */
package vn.chidoan.core.inbound;
