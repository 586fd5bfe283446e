package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutboxConcurrencyTest {
    private static final int ENTRIES = 200;

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    @Test
    void twoDispatchersOnOneDatabaseSendEachEntryExactlyOnce() throws Exception {
        MongoTemplate mongo = db.freshTemplate();
        FakeSender first = FakeSender.unpaced(Platform.TELEGRAM, clock);
        FakeSender second = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture a = new OutboxFixture(mongo, clock, OutboxProperties.defaults(), first);
        OutboxFixture b = new OutboxFixture(mongo, clock, OutboxProperties.defaults(), second);
        for (int i = 0; i < ENTRIES; i++) {
            a.outbox.enqueue("notice:1:" + i, telegram("chat" + (i % 20)), text("n"), Priority.BULK);
        }

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (OutboxFixture fx : List.of(a, b)) {
                runs.add(threads.submit(() -> {
                    together.await();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (fx.store.countInFlight() > 0 && System.nanoTime() < deadline) {
                        fx.dispatchAll();
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> sent = new ArrayList<>(first.sentKeys());
        sent.addAll(second.sentKeys());
        assertThat(sent).hasSize(ENTRIES).doesNotHaveDuplicates();
        assertThat(a.store.countInFlight()).isZero();
        assertThat(a.sends("delivered") + b.sends("delivered")).isEqualTo(ENTRIES);
    }

    @Test
    void anEntryLeftSendingByACrashedDispatcherIsSentAgainWhenItsLeaseEnds() {
        MongoTemplate mongo = db.freshTemplate();
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture survivor = new OutboxFixture(mongo, clock, OutboxProperties.defaults(), telegram);
        survivor.outbox.enqueue("k", telegram("1"), text("n"), Priority.INTERACTIVE);
        Instant now = clock.instant();
        assertThat(survivor.store.claim("k", 0, "crashed-instance", now, now.plusSeconds(60))).isNotNull();

        survivor.dispatchAll();
        clock.advance(Duration.ofSeconds(59));
        survivor.dispatchAll();
        assertThat(telegram.sent()).isEmpty();
        assertThat(survivor.status("k")).isEqualTo(OutboxStatus.SENDING);

        clock.advance(Duration.ofSeconds(1).plus(OutboxProperties.defaults().rescanInterval()));
        survivor.dispatchAll();

        assertThat(telegram.sentKeys()).containsExactly("k");
        assertThat(telegram.sent().get(0).entry().attempts()).isEqualTo(2);
        assertThat(survivor.status("k")).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void aRunningDispatcherSendsAnInteractiveReplyAsSoonAsItIsEnqueued() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.dispatcher.start();
        try {
            fx.outbox.enqueue("in:telegram:update:1:1", telegram("42"), text("xin chao"), Priority.INTERACTIVE);

            await().atMost(Duration.ofSeconds(5)).until(() -> telegram.sent().size() == 1);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> fx.status("in:telegram:update:1:1") == OutboxStatus.DELIVERED);
        } finally {
            fx.dispatcher.stop();
        }
        assertThat(fx.dispatcher.isRunning()).isFalse();
    }
}
