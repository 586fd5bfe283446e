package vn.chidoan.core.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundGateway;

/**
 * An inbound journal that remembers what it was handed, refuses nothing twice and can be made to fail
 * or to be saturated.
 */
public final class RecordingGateway implements InboundGateway {
    public record Accepted(Platform platform, String key, String lane, String payload) {
    }

    private final List<Accepted> accepted = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private int failuresLeft;
    private int busyLeft;

    @Override
    public synchronized Acceptance accept(Platform platform, String key, String lane, String payload) {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("journal unavailable");
        }
        if (busyLeft > 0) {
            busyLeft--;
            return Acceptance.BUSY;
        }
        accepted.add(new Accepted(platform, key, lane, payload));
        notifyAll();
        return keys.add(key) ? Acceptance.ACCEPTED : Acceptance.DUPLICATE;
    }

    public synchronized void failNext(int times) {
        failuresLeft = times;
    }

    /** The next {@code times} events are refused as BUSY (the instance is saturated). */
    public synchronized void busyNext(int times) {
        busyLeft = times;
    }

    public synchronized List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    public synchronized void clear() {
        accepted.clear();
        keys.clear();
        failuresLeft = 0;
        busyLeft = 0;
    }

    /** Waits (without polling) until {@code count} events were accepted or the timeout passes. */
    public synchronized List<Accepted> awaitAccepted(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (accepted.size() < count && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        return List.copyOf(accepted);
    }
}
