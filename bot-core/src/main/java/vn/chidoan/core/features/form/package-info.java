/**
 * Registrations and forms (đăng ký, khảo sát): a BCH or an officer posts a sign-up (one line, with a
 * capacity and a waitlist) or a form built field by field to their branch or subtree; members fill it
 * in their private chat, edit or withdraw until the deadline; places go to exactly one of two members
 * pressing at once, a withdrawal promotes the first waiting; the creator gets the results and an
 * Excel file, the silent get reminders.
 */
package vn.chidoan.core.features.form;
