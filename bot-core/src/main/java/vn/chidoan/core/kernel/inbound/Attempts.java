package vn.chidoan.core.kernel.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundStore.Finished;
import vn.chidoan.core.kernel.pipeline.InboundHandler;

/**
 * The one attempt path of {@link InboundProcessor}: an attempt decodes the stored payload and hands what
 * it decoded to the {@link InboundHandler}; what follows it is the same for every event, however it
 * was taken (claimed or not): done, tried again (under this worker's claim) up to the limit, or kept as
 * FAILED with its reason. Whatever an attempt throws, {@code Error}s included, is a failed attempt.
 */
final class Attempts {
    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    private static final int MAX_ERROR_LENGTH = 500;

    /** A stored event being handled: where it stands ({@code rev}) after how many attempts. */
    record Handling(String key, Platform platform, InboundDecoder decoder, String payload, Instant receivedAt,
            long rev, int attempts) {

        Handling next() {
            return new Handling(key, platform, decoder, payload, receivedAt, rev + 1, attempts + 1);
        }

        Handling at(long newRev) {
            return new Handling(key, platform, decoder, payload, receivedAt, newRev, attempts);
        }
    }

    private final InboundStore store;
    private final InboundHandler handler;
    private final InboundMetrics metrics;
    private final Clock clock;
    private final InboundProperties settings;

    Attempts(InboundStore store, InboundHandler handler, InboundMetrics metrics, Clock clock,
            InboundProperties settings) {
        this.store = store;
        this.handler = handler;
        this.metrics = metrics;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * What follows an attempt: the event is done, or (held by this worker's claim) tried again up to
     * the limit, then kept as FAILED. Returns what to record as DONE, or null.
     */
    Finished settle(Handling handling, Throwable failure) {
        Handling current = handling;
        Throwable error = failure;
        if (error instanceof Undecodable undecodable) {
            unreadable(current, "undecodable: " + describe(undecodable.getCause()));
            return null;
        }
        while (error != null) {
            if (current.attempts() >= settings.maxAttempts()) {
                fail(current, describe(error), error);
                return null;
            }
            log.warn("inbound {}: attempt {} failed, trying again: {}", current.key(), current.attempts(),
                    describe(error));
            if (!store.retrying(current.key(), current.rev(), describe(error),
                    clock.instant().plus(settings.lease()))) {
                log.warn("inbound {}: lease lost; another worker has taken it over", current.key());
                return null;
            }
            current = current.next();
            pause();
            error = attempt(current);
        }
        metrics.processed(current.platform(), "done");
        return new Finished(current.key(), current.rev(), current.attempts());
    }

    /**
     * One attempt: decodes and handles; returns what it threw (an {@link Undecodable} when the decoder
     * threw), or null when it went through.
     */
    Throwable attempt(Handling handling) {
        List<Inbound> events;
        try {
            events = handling.decoder().decode(handling.payload());
        } catch (Throwable e) {
            return new Undecodable(e);
        }
        try {
            metrics.handling(handling.platform()).record(() -> handler.handleAll(handling.key(), events,
                    handling.receivedAt()));
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    /** The decoder threw: the payload will not read any better on the next attempt. */
    private static final class Undecodable extends RuntimeException {
        Undecodable(Throwable cause) {
            super(cause);
        }
    }

    void fail(Handling handling, String reason, Throwable error) {
        keepFailed(handling, reason);
        log.error("inbound {} ({}) failed after {} attempt(s) and is kept as FAILED: {}", handling.key(),
                handling.platform().code(), handling.attempts(), reason, error);
    }

    /** A payload no attempt can read: kept as FAILED (with it, until the retention) and a warning, no alarm. */
    private void unreadable(Handling handling, String reason) {
        keepFailed(handling, reason);
        log.warn("inbound {} ({}) is kept as FAILED: {}", handling.key(), handling.platform().code(), reason);
    }

    private void keepFailed(Handling handling, String reason) {
        if (!store.failed(handling.key(), handling.rev(), reason, clock.instant())) {
            log.warn("inbound {}: lease lost before it was recorded as failed", handling.key());
        }
        metrics.processed(handling.platform(), "failed");
    }

    private void pause() {
        try {
            Thread.sleep(settings.retryBackoff().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "...";
    }
}
