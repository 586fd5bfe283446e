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
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundStore.Finished;
import vn.chidoan.core.kernel.pipeline.InboundHandler;

/**
 * Handles one stored event: decodes it with its platform's decoder, hands what it decoded to the
 * {@link InboundHandler} and returns it to be recorded DONE (the lane writes its events' DONE
 * together). Every attempt takes one path ({@link Attempts}); whatever one throws, {@code Error}s
 * included, is a failed attempt, tried again up to {@code maxAttempts}, then kept as FAILED with its
 * reason and logged at ERROR, never dropped silently and never retried forever: an event claimed more
 * often than that without an outcome (the process died handling it each time) is kept as FAILED too.
 * A payload its decoder cannot read (a shape the platform never sends, or this version does not know)
 * would fail the same way every time: it is kept as FAILED at once, {@code undecodable}, with a warning.
 * An event handed over in memory by the instance that stored it is handled without a claim while
 * young ({@link #process(Accepted)}); any other is claimed first.
 */
@Component
class InboundProcessor {
    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

    private final InboundStore store;
    private final Map<Platform, InboundDecoder> decoders = new EnumMap<>(Platform.class);
    private final Attempts attempts;
    private final Clock clock;
    private final InboundProperties settings;
    private final String owner = "pid" + ProcessHandle.current().pid() + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Duration freshFor;
    private final Map<String, Unclaimed> unclaimed = new ConcurrentHashMap<>();

    InboundProcessor(InboundStore store, List<InboundDecoder> decoders, InboundHandler handler, InboundMetrics metrics,
            Clock clock, InboundProperties settings) {
        this.store = store;
        this.attempts = new Attempts(store, handler, metrics, clock, settings);
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
     * word (recovery anywhere leaves it alone until {@code recoverAfter}), so its first attempt is made
     * without a claim; one that waited longer is claimed first, like a recovered one. A handling that
     * runs long is claimed on its behalf by {@link #protectLongHandlings}; a first attempt that failed
     * is claimed before the next.
     */
    Finished process(Accepted event) {
        InboundDecoder decoder = decoders.get(event.platform());
        if (decoder == null || !clock.instant().isBefore(event.receivedAt().plus(freshFor))) {
            return process(event.key(), 0L);
        }
        Unclaimed flight = new Unclaimed(event);
        unclaimed.put(event.key(), flight);
        Attempts.Handling first = new Attempts.Handling(event.key(), event.platform(), decoder, event.payload(),
                event.receivedAt(), 0L, 1);
        Throwable failure;
        try {
            failure = attempts.attempt(first);
        } finally {
            unclaimed.remove(event.key());
        }
        Unclaimed.State state = flight.close();
        if (state == Unclaimed.State.LOST) {
            log.warn("inbound {}: taken over by another worker while it was handled here", event.key());
            return null;
        }
        long rev = flight.rev();
        if (failure != null && state == Unclaimed.State.UNCLAIMED) {
            Document claimed = store.claim(event.key(), 0L, owner, clock.instant().plus(settings.lease()));
            if (claimed == null) {
                return null;
            }
            rev = InboundStore.rev(claimed);
        }
        return attempts.settle(first.at(rev), failure);
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
        Attempts.Handling handling = new Attempts.Handling(key, platform, decoders.get(platform),
                event.getString(InboundStore.PAYLOAD),
                event.getDate(InboundStore.RECEIVED_AT).toInstant(), InboundStore.rev(event),
                event.getInteger(InboundStore.ATTEMPTS, 1));
        if (handling.decoder() == null) {
            attempts.fail(handling, "no decoder", null);
            return null;
        }
        if (handling.attempts() > settings.maxAttempts()) {
            attempts.fail(handling, "given up: " + (handling.attempts() - 1) + " attempts started and none ended"
                    + " (the process stopped while handling it)", null);
            return null;
        }
        return attempts.settle(handling, attempts.attempt(handling));
    }

}
