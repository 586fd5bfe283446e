/**
 * The roster's import from Excel ({@code /thanhvien_nhap}, template {@code /thanhvien_mau}): every row is
 * read and checked against the roster before anything is written, the secretary sees what will be added,
 * changed and refused, and «Xác nhận» applies a file with no refused row, all of it or (after a crash)
 * the rest of it, never a part.
 */
package vn.chidoan.core.features.record.importing;
