/**
 * Check-in (điểm danh) at a branch meeting: the "Có mặt" button, the rotating QR code that opens the
 * private chat, marking by the BCH, and closing with the report of present, late, excused and absent.
 */
package vn.chidoan.core.features.meeting.checkin;
