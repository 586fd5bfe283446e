/**
 * Member records (quản lý đoàn viên): each member's record (date of birth, gender, date joined the
 * Union, card number, phone, status with its dates, fee category, marks) and the history of every
 * operation on them; the paged roster {@code /thanhvien} with each member's card and its operations
 * (admission, transfer, maturing out, removal, statuses, marks, rewards and discipline, training goals),
 * the yearly classification, and the roster's import from and export to Excel. Only the branch's BCH and
 * officers above see a record; a member sees their own ({@code /toi}, {@code /hoso}).
 */
package vn.chidoan.core.features.record;
