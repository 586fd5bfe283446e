/**
 * The sandbox: a third platform played by a local web page. Simulated people (personas) talk in
 * simulated group and private chats; what they type goes through the same inbound journal, pipeline,
 * templates and outbox as Telegram, and what the bot sends is recorded per chat for the page to show.
 */
package vn.chidoan.sandbox;
