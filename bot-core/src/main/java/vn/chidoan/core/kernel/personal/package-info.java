/**
 * Personal data (Decree 13/2023): the port every person-keeping store implements, so that erasure and
 * account merging reach every store, in every layer, without knowing them.
 */
package vn.chidoan.core.kernel.personal;
