/**
 * Quartz holds the reminders' triggers (RAM job store, one SimpleTrigger per reminder at its next
 * occurrence), rebuilt from MongoDB at start and re-armed when a reminder changes. Jobs only call a
 * core use case; every decision (what is due, quiet hours, claims) is made in the core.
 */
package vn.chidoan.scheduler;
