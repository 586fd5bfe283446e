/**
 * What operators see: one health component per chat platform, and a start-up log line saying which
 * platforms are on. Never shows a token.
 */
package vn.chidoan.app.operations;
