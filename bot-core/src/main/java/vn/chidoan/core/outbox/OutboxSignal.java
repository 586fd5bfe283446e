package vn.chidoan.core.outbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.Platform;

/**
 * In-process news for the dispatchers: an entry was just stored (so an interactive reply leaves at
 * once, without waiting for the next database scan), or entries changed in bulk and the database
 * should be read again. A hint only; the database stays the truth.
 */
@Component
class OutboxSignal {

    interface Listener {
        void offer(Candidate candidate);

        void rescan();
    }

    private final Map<Platform, Listener> listeners = new ConcurrentHashMap<>();

    void subscribe(Platform platform, Listener listener) {
        listeners.put(platform, listener);
    }

    void enqueued(Platform platform, Candidate candidate) {
        Listener listener = listeners.get(platform);
        if (listener != null) {
            listener.offer(candidate);
        }
    }

    void rescan(Platform platform) {
        Listener listener = listeners.get(platform);
        if (listener != null) {
            listener.rescan();
        }
    }
}
