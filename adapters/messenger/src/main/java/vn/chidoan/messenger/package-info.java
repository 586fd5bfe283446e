/**
 * The Messenger adapter: the Page's webhook (verification, {@code X-Hub-Signature-256}, one journal
 * entry per event) into the chat contract, outbox entries out through messenger4j's Send API client,
 * and {@code m.me} links. A Page cannot be in group chats, so every chat here is one person's private
 * chat (its id is their page-scoped id, PSID). It translates only: the 24-hour window, holding and
 * rerouting are the outbox's.
 */
package vn.chidoan.messenger;
