package vn.chidoan.core.kernel.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * In-process news for the dispatchers: an entry was just stored (so an interactive reply leaves at
 * once, without waiting for the next database scan), or entries changed in bulk and the database
 * should be read again. A hint only; the database stays the truth.
 */
@Component
public class OutboxSignal {

    public interface Listener {
        void offer(Candidate candidate);

        void rescan();
    }

    private final Map<Platform, Listener> listeners = new ConcurrentHashMap<>();

    public void subscribe(Platform platform, Listener listener) {
        listeners.put(platform, listener);
    }

    public void enqueued(Platform platform, Candidate candidate) {
        Listener listener = listeners.get(platform);
        if (listener != null) {
            listener.offer(candidate);
        }
    }

    public void rescan(Platform platform) {
        Listener listener = listeners.get(platform);
        if (listener != null) {
            listener.rescan();
        }
    }
}
