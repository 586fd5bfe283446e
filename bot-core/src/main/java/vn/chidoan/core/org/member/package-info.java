/**
 * People and their branch memberships: onboarding with recorded consent (Decree 13/2023), platform
 * accounts, names they can correct, roles in a branch (member, BCH, secretary), the roster the BCH
 * keeps, and deleting one's own data.
 */
package vn.chidoan.core.org.member;
