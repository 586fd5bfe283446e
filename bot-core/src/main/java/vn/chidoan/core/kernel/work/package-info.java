/**
 * The threads of the core's long-lived workers (inbound lanes, outbox dispatch, fan-out, meeting
 * ticks): named daemon threads that log under the context of whoever started them.
 */
package vn.chidoan.core.kernel.work;
