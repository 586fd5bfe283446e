/**
 * Reports ({@code /baocao}): a branch's month, quarter or year, or an officer's subtree with one line per
 * sub-unit, the branches that need attention and their ranking on the unit's weighted criteria; text, PNG
 * charts and one .xlsx with a sheet per topic, and the quarterly report upward in the unit's layout. Every
 * figure comes through the {@link vn.chidoan.core.org.activity.ActivityFigures} port; {@code /toi} shows
 * the member's own year ({@link vn.chidoan.core.features.report.YearSection}).
 */
package vn.chidoan.core.features.report;
