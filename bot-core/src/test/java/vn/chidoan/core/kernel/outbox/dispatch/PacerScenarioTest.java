package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Instant;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.testing.MutableClock;

/**
 * The Pacer tests' clock, standing at {@link #NOW} until a test moves it, and sends whose call returned
 * when a test says.
 */
abstract class PacerScenarioTest {
    static final Instant NOW = Instant.parse("2026-03-26T01:00:00Z");
    static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100");

    final MutableClock clock = new MutableClock(NOW);

    /** A send to {@code chat} whose call returned at {@code at}. */
    void sent(Pacer pacer, ChatRef chat, boolean paced, Instant at) {
        clock.set(at);
        try (PaceSlot slot = pacer.begin(chat, paced)) {
            slot.sent();
        }
    }
}
