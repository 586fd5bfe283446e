/**
 * Every user-facing sentence is a Mustache template in the templates module, looked up by key and
 * language; this package renders them to neutral rich text and formats dates, times and money.
 */
package vn.chidoan.core.kernel.text;
