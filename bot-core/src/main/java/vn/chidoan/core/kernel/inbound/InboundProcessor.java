package vn.chidoan.core.kernel.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundStore.Finished;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;
import vn.chidoan.core.kernel.pipeline.InboundHandler;

/**
 * Handles one stored event: decodes it with its platform's decoder, hands each decoded event to the
 * {@link InboundHandler} (the first under the event's key, the i-th after it under {@code key#i}),
 * and returns it to be recorded DONE (the lane writes its events' DONE together); a failure is tried
 * again up to the limit, then kept as FAILED and logged at ERROR, never dropped silently. An event
 * handed over in memory by the instance that stored it is handled without a claim while young
 * ({@link #process(Accepted)}); any other is claimed first.
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
    private final Duration freshFor;
    private final Map<String, Unclaimed> unclaimed = new ConcurrentHashMap<>();

    InboundProcessor(InboundStore store, List<InboundDecoder> decoders, InboundHandler handler, OutboxChats chats,
            InboundMetrics metrics, Clock clock, InboundProperties settings) {
        this.store = store;
        this.handler = handler;
        this.chats = chats;
        this.metrics = metrics;
        this.clock = clock;
        this.settings = settings;
        this.freshFor = settings.recoverAfter().dividedBy(2);
        for (InboundDecoder decoder : decoders) {
            if (this.decoders.putIfAbsent(decoder.platform(), decoder) != null) {
                throw new IllegalStateException("two inbound decoders for " + decoder.platform());
            }
        }
    }

    /**
     * Handles an event this instance has just stored. While it is young (less than half of
     * {@code recoverAfter} since it was received) it is still PENDING under the accepting instance's
     * word (recovery anywhere leaves it alone until {@code recoverAfter}), so it is handled without
     * a claim; one that waited longer is claimed first, like a recovered one. A handling that runs
     * long is claimed on its behalf by {@link #protectLongHandlings}.
     */
    Finished process(Accepted event) {
        Instant now = clock.instant();
        if (!now.isBefore(event.receivedAt().plus(freshFor))) {
            return process(event.key(), 0L);
        }
        InboundDecoder decoder = decoders.get(event.platform());
        if (decoder == null) {
            return process(event.key(), 0L);
        }
        Unclaimed flight = new Unclaimed(event);
        unclaimed.put(event.key(), flight);
        RuntimeException failure;
        try {
            metrics.handling(event.platform()).record(() -> handleAll(event.key(), decoder.decode(event.payload()),
                    event.receivedAt()));
            failure = null;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            unclaimed.remove(event.key());
        }
        Unclaimed.State state = flight.close();
        if (state == Unclaimed.State.LOST) {
            log.warn("inbound {}: taken over by another worker while it was handled here", event.key());
            return null;
        }
        if (failure == null) {
            metrics.processed(event.platform(), "done");
            return new Finished(event.key(), flight.rev(), 1);
        }
        Document claimed = state == Unclaimed.State.CLAIMED ? null
                : store.claim(event.key(), 0L, owner, clock.instant().plus(settings.lease()));
        if (state != Unclaimed.State.CLAIMED && claimed == null) {
            return null;
        }
        return retryAfter(event.key(), event.platform(), decoder, event.payload(), event.receivedAt(),
                state == Unclaimed.State.CLAIMED ? flight.rev() : InboundStore.rev(claimed), 1, failure);
    }

    /**
     * Claims, on their behalf, the handlings without a claim that have run for half of
     * {@code recoverAfter}: from then on a lease protects them, not the PENDING grace, which
     * recovery elsewhere would end. Returns how many were claimed.
     */
    int protectLongHandlings() {
        Instant now = clock.instant();
        int claimed = 0;
        for (Unclaimed flight : unclaimed.values()) {
            if (!now.isBefore(flight.event().receivedAt().plus(freshFor))
                    && flight.claim(() -> store.claim(flight.event().key(), 0L, owner, now.plus(settings.lease())))) {
                claimed++;
            }
        }
        return claimed;
    }

    /**
     * Handles a stored event if it is still at {@code rev}: claims it, then handles it; does nothing
     * (returns null) if another worker has it. What it returns is to be recorded DONE.
     */
    Finished process(String key, long rev) {
        Document event = store.claim(key, rev, owner, clock.instant().plus(settings.lease()));
        if (event == null) {
            return null;
        }
        Platform platform = Platform.fromCode(event.getString(InboundStore.PLATFORM));
        long current = InboundStore.rev(event);
        int attempts = event.getInteger(InboundStore.ATTEMPTS, 1);
        InboundDecoder decoder = decoders.get(platform);
        if (decoder == null) {
            fail(key, current, platform, attempts, "no decoder", null);
            return null;
        }
        String payload = event.getString(InboundStore.PAYLOAD);
        Instant receivedAt = event.getDate(InboundStore.RECEIVED_AT).toInstant();
        try {
            metrics.handling(platform).record(() -> handleAll(key, decoder.decode(payload), receivedAt));
        } catch (RuntimeException e) {
            return retryAfter(key, platform, decoder, payload, receivedAt, current, attempts, e);
        }
        metrics.processed(platform, "done");
        return new Finished(key, current, attempts);
    }

    /** The claimed event's try number {@code attempts} failed: tries again up to the limit. */
    private Finished retryAfter(String key, Platform platform, InboundDecoder decoder, String payload,
            Instant receivedAt, long rev, int attempts, RuntimeException failure) {
        long current = rev;
        RuntimeException e = failure;
        while (true) {
            if (attempts >= settings.maxAttempts()) {
                fail(key, current, platform, attempts, describe(e), e);
                return null;
            }
            log.warn("inbound {}: attempt {} failed, trying again: {}", key, attempts, describe(e));
            if (!store.retrying(key, current, describe(e), clock.instant().plus(settings.lease()))) {
                log.warn("inbound {}: lease lost; another worker has taken it over", key);
                return null;
            }
            current++;
            attempts++;
            pause();
            try {
                metrics.handling(platform).record(() -> handleAll(key, decoder.decode(payload), receivedAt));
                metrics.processed(platform, "done");
                return new Finished(key, current, attempts);
            } catch (RuntimeException again) {
                e = again;
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
