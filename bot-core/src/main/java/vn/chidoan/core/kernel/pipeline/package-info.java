/**
 * The one pipeline every inbound event goes through: commands are declarations checked here for
 * place, role and arguments; dialogues, listeners and button actions are routed here; every refusal
 * is a templated reply that says what to do instead.
 */
package vn.chidoan.core.kernel.pipeline;
