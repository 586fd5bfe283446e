/**
 * Who a post to a branch reaches: the branch's group chats, and on platforms with no groups
 * (Messenger) the private chat of each member there. Features that post to a branch (comments,
 * meetings, notices) fan out through {@link vn.chidoan.core.org.audience.BranchAudience}.
 */
package vn.chidoan.core.org.audience;
