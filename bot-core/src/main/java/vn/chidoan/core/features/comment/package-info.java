/**
 * Plans and documents for comment (góp ý): a BCH or an officer posts a text or a file with a
 * deadline to every branch below them; members comment (by replying or in a private chat), edit or
 * withdraw until the deadline, or say they have none; the poster gets the summary and an Excel
 * export, and the silent get reminders.
 */
package vn.chidoan.core.features.comment;
