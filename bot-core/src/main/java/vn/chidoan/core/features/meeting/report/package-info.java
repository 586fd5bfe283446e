/**
 * Attendance reports: each member's history in {@code /toi}, a branch's (or an officer's branches')
 * monthly attendance rate in {@code /baocao}, and the .xlsx files per meeting and per period.
 */
package vn.chidoan.core.features.meeting.report;
