/**
 * Operations that change where a member stands: removal with a reason (xóa tên), statuses with dates
 * (working away, residing elsewhere, temporary), honours (honorary, outstanding), rewards and
 * discipline, each a button on a member's card and a short dialogue, the right over the member
 * checked again when it is saved; and maturing out at 30 (trưởng thành Đoàn), found each quarter and
 * confirmed by the secretary.
 */
package vn.chidoan.core.features.record.change;
