package vn.chidoan.core.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.ChatKind;
import vn.chidoan.core.chat.ChatRef;
import vn.chidoan.core.chat.Inbound;
import vn.chidoan.core.chat.Platform;
import vn.chidoan.core.outbox.OutboxChats;
import vn.chidoan.core.pipeline.InboundHandler;

/**
 * Handles one stored event: claims it, decodes it with its platform's decoder, hands each decoded
 * event to the {@link InboundHandler} (the first under the event's key, the i-th after it under
 * {@code key#i}), and records DONE; a failure is tried again up to the limit, then kept as FAILED and
 * logged at ERROR, never dropped silently.
 */
@Component
class InboundProcessor {
    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final InboundStore store;
    private final Map<Platform, InboundDecoder> decoders = new EnumMap<>(Platform.class);
    private final InboundHandler handler;
    private final OutboxChats chats;
    private final InboundMetrics metrics;
    private final Clock clock;
    private final InboundProperties settings;
    private final String owner = "pid" + ProcessHandle.current().pid() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    InboundProcessor(InboundStore store, List<InboundDecoder> decoders, InboundHandler handler, OutboxChats chats,
            InboundMetrics metrics, Clock clock, InboundProperties settings) {
        this.store = store;
        this.handler = handler;
        this.chats = chats;
        this.metrics = metrics;
        this.clock = clock;
        this.settings = settings;
        for (InboundDecoder decoder : decoders) {
            if (this.decoders.putIfAbsent(decoder.platform(), decoder) != null) {
                throw new IllegalStateException("two inbound decoders for " + decoder.platform());
            }
        }
    }

    /** Handles the event if it is still at {@code rev}; does nothing if another worker has it. */
    void process(String key, long rev) {
        Document event = store.claim(key, rev, owner, clock.instant().plus(settings.lease()));
        if (event == null) {
            return;
        }
        Platform platform = Platform.fromCode(event.getString(InboundStore.PLATFORM));
        long current = InboundStore.rev(event);
        int attempts = event.getInteger(InboundStore.ATTEMPTS, 1);
        InboundDecoder decoder = decoders.get(platform);
        if (decoder == null) {
            fail(key, current, platform, attempts, "no decoder", null);
            return;
        }
        String payload = event.getString(InboundStore.PAYLOAD);
        Instant receivedAt = event.getDate(InboundStore.RECEIVED_AT).toInstant();
        while (true) {
            try {
                metrics.handling(platform).record(() -> handleAll(key, decoder.decode(payload), receivedAt));
                if (!store.done(key, current, clock.instant())) {
                    log.warn("inbound {}: lease lost before it was recorded as done", key);
                }
                metrics.processed(platform, "done");
                return;
            } catch (RuntimeException e) {
                if (attempts >= settings.maxAttempts()) {
                    fail(key, current, platform, attempts, describe(e), e);
                    return;
                }
                log.warn("inbound {}: attempt {} failed, trying again: {}", key, attempts, describe(e));
                if (!store.retrying(key, current, describe(e), clock.instant().plus(settings.lease()))) {
                    log.warn("inbound {}: lease lost; another worker has taken it over", key);
                    return;
                }
                current++;
                attempts++;
                pause();
            }
        }
    }

    /**
     * Hands each event on. A person who wrote in a private chat opens its messaging window before the
     * handling (so the answers go out), and what was held for them goes out after it.
     */
    private void handleAll(String key, List<Inbound> events, Instant receivedAt) {
        List<ChatRef> spoken = spokenIn(events);
        spoken.forEach(chat -> chats.heardFrom(chat, receivedAt));
        for (int i = 0; i < events.size(); i++) {
            handler.handle(i == 0 ? key : key + "#" + i, events.get(i));
        }
        spoken.forEach(chats::deliverHeld);
    }

    /** The private chats in which a person said something or pressed a button. */
    static List<ChatRef> spokenIn(List<Inbound> events) {
        return events.stream().filter(InboundProcessor::spoken).map(Inbound::chat).distinct().toList();
    }

    private static boolean spoken(Inbound event) {
        return (event instanceof Inbound.MessageReceived message && message.kind() == ChatKind.PRIVATE)
                || (event instanceof Inbound.ButtonPressed press && press.kind() == ChatKind.PRIVATE);
    }

    private void fail(String key, long rev, Platform platform, int attempts, String reason, RuntimeException error) {
        Instant now = clock.instant();
        if (!store.failed(key, rev, reason, now)) {
            log.warn("inbound {}: lease lost before it was recorded as failed", key);
        }
        metrics.processed(platform, "failed");
        log.error("inbound {} ({}) failed after {} attempt(s) and is kept as FAILED: {}", key, platform.code(),
                attempts, reason, error);
    }

    private void pause() {
        try {
            Thread.sleep(settings.retryBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(RuntimeException error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "...";
    }
}
