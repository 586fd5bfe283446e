/**
 * Notices and directives from upper levels (thông báo, văn bản chỉ đạo): an officer sends a text or a
 * file to every branch of their subtree (or of the sub-units they pick), urgent or not, with or without
 * an acknowledgement and its deadline; the branches' committees acknowledge ("Đã nhận"), members mark it
 * seen; the sender watches one progress message, gets the results and an Excel file, and the branches
 * that have not acknowledged are reminded. An officer below may pass a notice on with a note of their own.
 */
package vn.chidoan.core.features.notice;
