/**
 * Polls (bình chọn): a BCH or an officer asks a question with 2 to 10 options, one answer or several,
 * anonymous or not, until a deadline. Telegram draws it as a native poll; Messenger and the sandbox get
 * a button per option. {@code /binhchon_ketqua} counts and draws a bar chart; an anonymous poll never
 * stores who chose what.
 */
package vn.chidoan.core.features.poll;
