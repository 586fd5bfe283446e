/**
 * Transfer (chuyển sinh hoạt, chuyển đi and chuyển đến) without paperwork: the sending secretary picks the
 * receiving branch anywhere in the province by name, its secretary accepts or refuses, and on acceptance
 * the member moves with their record and history to the new branch's roster.
 */
package vn.chidoan.core.features.record.transfer;
