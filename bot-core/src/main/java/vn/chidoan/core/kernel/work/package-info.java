/**
 * The core's long-lived workers: named daemon threads that log under the context of whoever started
 * them (inbound lanes, outbox dispatch, fan-out, meeting ticks), and durable jobs ({@link
 * vn.chidoan.core.kernel.work.Jobs}): work too long for an inbound lane, recorded and run on their own
 * thread, resumed after a restart.
 */
package vn.chidoan.core.kernel.work;
