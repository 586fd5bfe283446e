/**
 * Fees (đoàn phí): each branch's fee book. The BCH sets its terms (amounts by category, monthly or
 * quarterly, the deadline, the treasurer's account for VietQR, the share passed up), records and corrects
 * payments and confirms members' "Tôi đã nộp"; members see their status and pay by a VietQR code; those who
 * owe are reminded before the deadline; officers see their subtree's collection.
 */
package vn.chidoan.core.features.fee;
