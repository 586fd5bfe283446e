/**
 * Operations that change where a member stands: removal with a reason (xóa tên), statuses with dates
 * (working away, residing elsewhere, temporary), honours (honorary, outstanding), rewards and
 * discipline. Each is a button on a member's card and a short dialogue, the right over the member
 * checked again when it is saved.
 */
package vn.chidoan.core.features.record.change;
