/**
 * Attendance in reports: each member's history in {@code /toi}, the meetings' figures for the reports
 * ({@code MeetingFigures}, topic {@code meeting}) and {@code /baocao hop}, the .xlsx of the latest meeting.
 */
package vn.chidoan.core.features.meeting.report;
