/**
 * Files the bot hands out: spreadsheets (.xlsx) of comments, attendance, registrations and rosters,
 * and chart images (PNG) of counts. Exports go privately to whoever is allowed to see them; the caller
 * decides who and renders the titles and labels from templates.
 */
package vn.chidoan.core.kernel.export;
