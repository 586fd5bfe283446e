package vn.chidoan.core.kernel.chat;

import java.util.Optional;

/**
 * Port: links that open a private chat with the bot carrying a payload, such as
 * {@code https://t.me/<bot>?start=<payload>} or {@code https://m.me/<page>?ref=<payload>}.
 * Implemented by each adapter; empty when the platform is off.
 */
public interface DeepLinks {
    Platform platform();

    Optional<String> startLink(String payload);
}
