/**
 * The core's long-lived workers (inbound lanes, outbox dispatch, fan-out, meeting ticks, jobs): named
 * daemon threads that log under the context of whoever started them ({@link vn.chidoan.core.kernel.work.WorkerThreads}),
 * periodic jobs that survive anything one run throws ({@link vn.chidoan.core.kernel.work.PeriodicJobs}),
 * the {@link vn.chidoan.core.kernel.work.Worker} port the app's health watches, and durable jobs ({@link
 * vn.chidoan.core.kernel.work.Jobs}): work too long for an inbound lane, recorded and run on their own
 * thread, resumed after a restart.
 */
package vn.chidoan.core.kernel.work;
