package vn.chidoan.telegram.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.chidoan.core.testing.RateWindow;

/**
 * Telegram's limits for one bot as the fake enforces them, the way Telegram documents them: at most 30
 * messages in any second (1,000 for messages sent with {@code allow_paid_broadcast}), and at most 20 in
 * any minute to one group. A message is a call that writes into a chat (a send, or an edit); answers to
 * button presses and the rest are not limited.
 */
final class TelegramLimits {
    static final int FREE_PER_SECOND = 30;
    static final int PAID_PER_SECOND = 1_000;
    static final int GROUP_PER_MINUTE = 20;
    private static final Set<String> MESSAGES = Set.of("sendmessage", "senddocument", "sendphoto", "editmessagetext",
            "editmessagemedia");

    private final RateWindow overall = new RateWindow(Duration.ofSeconds(1));
    private final Map<String, RateWindow> groups = new HashMap<>();

    /** Takes the call if it is within the limits and returns zero; else how long until it would be. */
    synchronized Duration take(RecordedRequest request, Instant now) {
        if (!MESSAGES.contains(request.method()) || request.chatId() == null) {
            return Duration.ZERO;
        }
        boolean paid = "true".equals(request.param("allow_paid_broadcast"));
        Duration wait = overall.waitFor(paid ? PAID_PER_SECOND : FREE_PER_SECOND, now);
        RateWindow group = request.chatId().startsWith("-")
                ? groups.computeIfAbsent(request.chatId(), chat -> new RateWindow(Duration.ofMinutes(1))) : null;
        if (group != null) {
            Duration groupWait = group.waitFor(GROUP_PER_MINUTE, now);
            wait = groupWait.compareTo(wait) > 0 ? groupWait : wait;
        }
        if (wait.isZero()) {
            overall.take(now);
            if (group != null) {
                group.take(now);
            }
        }
        return wait;
    }
}
