/**
 * The Telegram adapter: Bot API updates (webhook or long polling) into the chat contract, outbox
 * entries out through the Bot API, the bot's command menu and deep links. It translates only.
 */
package vn.chidoan.telegram;
