package vn.chidoan.messenger;

import com.github.messenger4j.exception.MessengerApiException;
import com.github.messenger4j.exception.MessengerIOException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import vn.chidoan.core.kernel.outbox.SendOutcome;

/**
 * What a failed Send API call means for the outbox; nothing is retried blindly. Outside the 24-hour
 * window (code 10, subcode 2018278, or the older 2018065) the message is held; 551 ("this person isn't
 * available") makes the chat unreachable; the rate limits (613, and 4/17/32) back off, longer at each
 * try; temporary errors (1, 2, 1200), 5xx and network failures are transient; anything else fails with
 * the API's message. The same for a library send and an upload, whose network failure is a plain
 * {@link IOException}.
 */
final class GraphErrors {
    static final int PERMISSION = 10;
    static final Set<Integer> OUTSIDE_WINDOW = Set.of(2018278, 2018065);
    static final int USER_UNAVAILABLE = 551;
    static final Set<Integer> RATE_LIMITS = Set.of(613, 4, 17, 32);
    static final Set<Integer> TEMPORARY = Set.of(1, 2, 1200);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private GraphErrors() {
    }

    /** {@code attempts} is how many times the entry was tried, this one included. */
    static SendOutcome classify(Exception error, int attempts) {
        GraphError graph = graphError(error);
        if (graph != null) {
            return classify(graph.status(), graph.code(), graph.subcode(), graph.describe(), attempts);
        }
        if (error instanceof MessengerApiException api) {
            return classify(200, api.code().orElse(0), 0, "(#" + api.code().orElse(0) + ") " + api.message(), attempts);
        }
        if (error instanceof MessengerIOException || error instanceof IOException) {
            return new SendOutcome.Transient(networkReason(error));
        }
        return new SendOutcome.Failed("refused before sending: " + error.getMessage());
    }

    static SendOutcome classify(int status, int code, int subcode, String reason, int attempts) {
        if (code == PERMISSION && OUTSIDE_WINDOW.contains(subcode)) {
            return new SendOutcome.Held("outside the 24-hour window: " + reason);
        }
        if (code == USER_UNAVAILABLE) {
            return new SendOutcome.Unreachable(reason);
        }
        if (RATE_LIMITS.contains(code)) {
            return new SendOutcome.RetryAfter(backoff(attempts));
        }
        if (TEMPORARY.contains(code) || status >= 500) {
            return new SendOutcome.Transient(reason);
        }
        return new SendOutcome.Failed(reason);
    }

    /** 30 s, then twice as long at each try, at most 5 minutes. */
    static Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 4));
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private static GraphError graphError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof GraphError graph) {
                return graph;
            }
        }
        return null;
    }

    /** The innermost cause, which names the network problem; never a URL (it holds the page token). */
    private static String networkReason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
