package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * A running dispatcher keeps several sends in flight at once (a platform call takes tens of
 * milliseconds, and one at a time cannot reach Telegram's 30 a second), never two to one chat, each
 * chat's messages in their order, and an interactive reply takes the next free place ahead of the bulk.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutboxInFlightTest {
    private static final int IN_FLIGHT = 4;
    private static final OutboxProperties SETTINGS = new OutboxProperties(0, null, null, null, 0, null, null, 0,
            IN_FLIGHT);

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    @Test
    void severalSendsAreInFlightAtOnceButNeverTwoToOneChatAndEachChatKeepsItsOrder() {
        SlowPlatform platform = new SlowPlatform(Duration.ofMillis(150));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, SETTINGS, platform);
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            for (int chat = 0; chat < 6; chat++) {
                String key = "notice:" + n + ":" + chat;
                fx.outbox.enqueue(key, telegram("-100" + chat), text("n" + n), Priority.BULK);
                keys.add(key);
                clock.advance(Duration.ofMillis(1));
            }
        }

        runUntilDelivered(fx, keys);

        assertThat(platform.started).hasSize(keys.size()).doesNotHaveDuplicates();
        assertThat(platform.mostAtOnce.get()).as("sends in flight together").isBetween(2, IN_FLIGHT);
        assertThat(platform.twoToOneChat).as("a chat that had two sends in flight").isEmpty();
        for (int chat = 0; chat < 6; chat++) {
            String suffix = ":" + chat;
            assertThat(platform.started.stream().filter(k -> k.endsWith(suffix)))
                    .containsExactly("notice:0" + suffix, "notice:1" + suffix, "notice:2" + suffix, "notice:3" + suffix);
        }
    }

    @Test
    void anInteractiveReplyTakesTheNextFreePlaceAheadOfTheBulkStillWaiting() {
        SlowPlatform platform = new SlowPlatform(Duration.ofMillis(50));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, SETTINGS, platform);
        for (int chat = 0; chat < 60; chat++) {
            fx.outbox.enqueue("post:" + chat, telegram("-100" + chat), text("p"), Priority.BULK);
        }

        fx.dispatcher.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> platform.started.size() >= 2 * IN_FLIGHT);
            fx.outbox.enqueue("in:telegram:update:1:1", telegram("42"), text("trả lời"), Priority.INTERACTIVE);
            int startedBefore = platform.started.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> fx.status("in:telegram:update:1:1")
                    == OutboxStatus.DELIVERED);

            int position = platform.started.indexOf("in:telegram:update:1:1");
            assertThat(position).as("bulk sends started after the reply was stored (at most those already under way)")
                    .isLessThanOrEqualTo(startedBefore + IN_FLIGHT);
            assertThat(platform.started.size()).as("bulk still waiting when the reply went").isLessThan(60);
        } finally {
            fx.dispatcher.stop();
        }
    }

    @Test
    void aPlaceInThePaceIsHeldForTheCallNotForTheClaimBeforeIt() {
        Duration claim = Duration.ofMillis(300);
        OutboxStore slowClaims = new OutboxStore(db.freshTemplate()) {
            @Override
            public Document claim(String key, long rev, String owner, Instant now, Instant leaseUntil) {
                pause(claim);
                return super.claim(key, rev, owner, now, leaseUntil);
            }
        };
        FakeSender twoASecond = new FakeSender(Platform.TELEGRAM, Clock.systemUTC(), 2, Duration.ZERO);
        OutboxFixture fx = OutboxFixture.onTheWallClock(slowClaims, twoASecond);
        List<String> keys = new ArrayList<>();
        for (int chat = 0; chat < 6; chat++) {
            keys.add("post:" + chat);
            fx.outbox.enqueue("post:" + chat, telegram("-100" + chat), text("p"), Priority.BULK);
        }

        runUntilDelivered(fx, keys);

        List<Instant> calls = twoASecond.sent().stream().map(FakeSender.Sent::at).sorted().toList();
        assertThat(calls).hasSize(6);
        // three windows of two: a place held from the claim's start turns over every 1 s + 0.3 s (2.6 s from
        // the first call to the fifth); held for the call alone, every 1 s once the claims are done ahead
        assertThat(Duration.between(calls.get(0), calls.get(4))).isLessThan(Duration.ofMillis(2_400))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    /** Runs the dispatcher until every one of {@code keys} is delivered. */
    private static void runUntilDelivered(OutboxFixture fx, List<String> keys) {
        fx.dispatcher.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> keys.stream()
                    .allMatch(key -> fx.status(key) == OutboxStatus.DELIVERED));
        } finally {
            fx.dispatcher.stop();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A platform whose calls take {@code latency}, recording what was in flight together. */
    private static final class SlowPlatform implements PlatformSender {
        final List<String> started = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final List<ChatRef> twoToOneChat = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger atOnce = new AtomicInteger();
        private final Set<ChatRef> chats = ConcurrentHashMap.newKeySet();
        private final Duration latency;

        SlowPlatform(Duration latency) {
            this.latency = latency;
        }

        @Override
        public Platform platform() {
            return Platform.TELEGRAM;
        }

        @Override
        public SendOutcome send(OutboxEntry entry) {
            started.add(entry.key());
            if (!chats.add(entry.chat())) {
                twoToOneChat.add(entry.chat());
            }
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                atOnce.decrementAndGet();
                chats.remove(entry.chat());
            }
            return new SendOutcome.Delivered("m-" + entry.key());
        }

        @Override
        public Pacing pacing() {
            return new Pacing(0, chat -> Duration.ZERO);
        }
    }
}
