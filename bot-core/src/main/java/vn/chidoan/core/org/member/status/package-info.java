/**
 * A member's standing in their branch, as every feature may need it: their status (active, working
 * away, residing elsewhere, temporary, matured out, removed) with its dates, and their fee category.
 * The member records feature keeps them and implements the {@link
 * vn.chidoan.core.org.member.status.MemberStatuses} port; others (fees: a member working away pays
 * quarterly) read the port or follow {@link vn.chidoan.core.org.member.status.StatusEvents}.
 */
package vn.chidoan.core.org.member.status;
