package vn.chidoan.core.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What the fake platform APIs of the adapters' tests (Telegram's Bot API, Facebook's Graph API) share:
 * an HTTP server on 127.0.0.1, every call recorded (as the subclass reads it, with the answer it got)
 * for tests to read or wait for, and answers scripted per endpoint ahead of the calls.
 *
 * <p>A subclass answers in its platform's shapes and keeps its public API; these methods are its
 * plumbing, protected so that tests read the platform's words ({@code requests("sendMessage")}).
 *
 * @param <R> a recorded call
 */
public abstract class FakePlatformApi<R> implements AutoCloseable {
    private final LoopbackServer server;
    private final List<R> calls = new ArrayList<>();
    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();

    /** An answer: its HTTP status and JSON body. */
    public record Reply(int status, String body) {
    }

    /** Starts serving every path with {@link #serve}, on threads named {@code threadName}. */
    protected FakePlatformApi(String threadName) {
        this.server = LoopbackServer.start(threadName, this::serve);
    }

    /** Reads the call, answers it (with {@link #reply}) and records it (with {@link #record}). */
    protected abstract void serve(HttpExchange exchange) throws IOException;

    /** {@code http://127.0.0.1:<port>}. */
    protected final String serverUrl() {
        return server.baseUrl();
    }

    /** Keeps a call and wakes whoever waits for it. */
    protected final void record(R call) {
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
    }

    /** Every call so far, in order. */
    protected final List<R> recorded() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** Waits until at least {@code count} calls match; returns those that do (fewer when time ran out). */
    protected final List<R> await(Predicate<R> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                List<R> found = calls.stream().filter(matching).toList();
                long left = deadline - System.nanoTime();
                if (found.size() >= count || left <= 0) {
                    return found;
                }
                waitOn(calls, left);
            }
        }
    }

    /** Forgets the calls recorded so far. */
    protected final void clearRecorded() {
        synchronized (calls) {
            calls.clear();
        }
    }

    /** The next call to {@code endpoint} is answered so; a null body lets that call through normally. Answers queue up. */
    protected final void script(String endpoint, int status, String body) {
        scripted.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).addLast(new Reply(status, body));
    }

    /** The answer scripted for this call to {@code endpoint}, or null to answer it normally. */
    protected final Reply scripted(String endpoint) {
        Deque<Reply> queued = scripted.get(endpoint);
        Reply reply = queued == null ? null : queued.pollFirst();
        return reply == null || reply.body() == null ? null : reply;
    }

    protected final void clearScripted() {
        scripted.clear();
    }

    /** The fields of a query string or form body, decoded, in order; a field without a value is empty. */
    public static Map<String, String> formFields(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** Waits on {@code monitor} (held by the caller) for at most {@code nanos}. */
    protected static void waitOn(Object monitor, long nanos) {
        try {
            monitor.wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
