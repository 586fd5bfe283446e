/**
 * Admission (kết nạp đoàn viên mới): the BCH proposes a new member, the unit above approves with a
 * button, and the new member's roster record gets a one-time code ({@code KN…}) with which its person
 * takes it in the private chat. The same codes let anyone the BCH put on the roster by name or by an
 * import take their record.
 */
package vn.chidoan.core.features.record.admission;
