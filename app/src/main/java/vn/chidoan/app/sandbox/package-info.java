/**
 * Runs the sandbox apart from the real platforms: its own application context with the whole core on
 * its own database, whose {@link vn.chidoan.sandbox.Sandbox} API (and health) is all the app's context
 * sees of it. On by default when no chat platform is configured.
 */
package vn.chidoan.app.sandbox;
