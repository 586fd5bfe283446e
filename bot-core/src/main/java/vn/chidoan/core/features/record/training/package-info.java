/**
 * The member training programme (chương trình rèn luyện đoàn viên): each member registers their goals
 * for the year ({@code /renluyen}, a small form of this feature's own), the BCH marks them done from the
 * member's card, and the year's figure goes to the evaluation.
 */
package vn.chidoan.core.features.record.training;
