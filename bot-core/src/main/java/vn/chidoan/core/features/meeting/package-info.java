/**
 * Branch meetings (sinh hoạt chi đoàn): one-off and monthly meetings, their invitations with RSVP
 * and live counts, reminders to members who have not declined, and minutes. Check-in lives in
 * {@code checkin}, attendance reports in {@code report}.
 */
package vn.chidoan.core.features.meeting;
