/**
 * Long-lived workers that survive anything one item throws: {@link vn.chidoan.core.kernel.work.PeriodicJobs}
 * for periodic jobs, and the {@link vn.chidoan.core.kernel.work.Worker} port the app's health watches.
 */
package vn.chidoan.core.kernel.work;
