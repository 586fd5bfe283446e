/**
 * The core's long-lived workers (inbound lanes, outbox dispatch, fan-out, meeting ticks): named daemon
 * threads that log under the context of whoever started them ({@link vn.chidoan.core.kernel.work.WorkerThreads}),
 * periodic jobs that survive anything one run throws ({@link vn.chidoan.core.kernel.work.PeriodicJobs}),
 * and the {@link vn.chidoan.core.kernel.work.Worker} port the app's health watches.
 */
package vn.chidoan.core.kernel.work;
