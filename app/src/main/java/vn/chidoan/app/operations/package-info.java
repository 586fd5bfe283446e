/**
 * What operators see: one health component per chat platform, a start-up log line saying which
 * platforms are on, and the app's own address leading somewhere useful. Never shows a token.
 */
package vn.chidoan.app.operations;
