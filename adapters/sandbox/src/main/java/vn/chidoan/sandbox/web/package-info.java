/**
 * The sandbox's page and its JSON API under {@code /sandbox}, served by the app's web server while the
 * sandbox is on, to loopback callers only unless {@code chidoan.sandbox.allow-remote=true}.
 */
package vn.chidoan.sandbox.web;
