package vn.chidoan.core.kernel.outbox;

import java.util.function.Supplier;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.PlatformStatus;

/**
 * The bookkeeping behind an adapter's {@link PlatformStatus}: reachable after a call that got an
 * answer, unreachable after a network failure or a 5xx (a {@link SendOutcome.Transient}), with the
 * last error in the detail until the API answers again. Thread-safe: one immutable state, swapped whole.
 */
public class ApiStatus implements PlatformStatus {
    private record State(boolean reachable, String lastError) {
    }

    private final Platform platform;
    private final Supplier<String> who;
    private volatile State state = new State(false, null);

    /** {@code who} names the API base and the account, never a token or secret; asked at each detail. */
    public ApiStatus(Platform platform, Supplier<String> who) {
        this.platform = platform;
        this.who = who;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public boolean reachable() {
        return state.reachable();
    }

    @Override
    public String detail() {
        State now = state;
        String who = this.who.get();
        return now.reachable() || now.lastError() == null ? who : who + ", last error: " + now.lastError();
    }

    /** The API answered. */
    public void answered() {
        state = new State(true, null);
    }

    /** The API could not be reached or failed on its side. */
    public void failed(String reason) {
        state = new State(false, reason);
    }

    /** Books a send's outcome: only a transient failure says the API is down. */
    public void observed(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Transient t) {
            failed(t.reason());
        } else {
            answered();
        }
    }
}
