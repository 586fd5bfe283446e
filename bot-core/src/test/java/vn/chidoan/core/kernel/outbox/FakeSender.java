package vn.chidoan.core.kernel.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * A platform that answers from a script (per chat, in order; {@code Delivered} once the script is
 * used up) and records what it was given and when, by the test's clock.
 */
public final class FakeSender implements PlatformSender {

    public record Sent(OutboxEntry entry, Instant at) {
        public String key() {
            return entry.key();
        }

        public ChatRef chat() {
            return entry.chat();
        }
    }

    private final Platform platform;
    private final Clock clock;
    private final int perSecond;
    private final Function<ChatRef, Duration> gap;
    private final Map<ChatRef, Deque<SendOutcome>> scripts = new ConcurrentHashMap<>();
    private final List<Sent> sent = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Throwable failure;

    public FakeSender(Platform platform, Clock clock, int perSecond, Duration gap) {
        this.platform = platform;
        this.clock = clock;
        this.perSecond = perSecond;
        this.gap = chat -> gap;
    }

    /** Unlimited pace, no gap between messages to one chat. */
    public static FakeSender unpaced(Platform platform, Clock clock) {
        return new FakeSender(platform, clock, 0, Duration.ZERO);
    }

    public FakeSender answer(ChatRef chat, SendOutcome... outcomes) {
        scripts.computeIfAbsent(chat, c -> new ArrayDeque<>()).addAll(List.of(outcomes));
        return this;
    }

    public FakeSender failWith(RuntimeException error) {
        this.failure = error;
        return this;
    }

    /** Every send throws {@code error} (a {@code StackOverflowError} in a library, say). */
    public FakeSender failWith(Error error) {
        this.failure = error;
        return this;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public SendOutcome send(OutboxEntry entry) {
        sent.add(new Sent(entry, clock.instant()));
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        Deque<SendOutcome> script = scripts.get(entry.chat());
        SendOutcome next = script == null ? null : script.pollFirst();
        return next != null ? next : new SendOutcome.Delivered("m" + ids.incrementAndGet());
    }

    @Override
    public Pacing pacing() {
        return new Pacing(perSecond, gap);
    }

    public List<Sent> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    public List<String> sentKeys() {
        return sent().stream().map(Sent::key).toList();
    }
}
