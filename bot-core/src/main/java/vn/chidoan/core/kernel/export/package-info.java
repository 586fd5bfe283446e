/**
 * Files the bot hands out: spreadsheets (.xlsx) of comments, attendance and rosters. Exports go
 * privately to whoever is allowed to see them; the caller decides who and renders the header
 * labels from templates.
 */
package vn.chidoan.core.kernel.export;
