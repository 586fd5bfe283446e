/**
 * The chat contract every platform adapter speaks: opaque chat and user references, inbound events,
 * outgoing messages of neutral rich text with buttons, platform capabilities, and the one command
 * pipeline that routes inbound events and checks role, place and arguments.
 */
package vn.chidoan.core.kernel.chat;
