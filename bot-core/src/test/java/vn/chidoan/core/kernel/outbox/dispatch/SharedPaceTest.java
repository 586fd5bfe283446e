package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * Two instances sending for one bot on one database keep the bot's pace together, not each its own:
 * the budget is in the database, so what one spent in a second the other cannot spend again.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class SharedPaceTest {
    static final int PER_SECOND = 5;

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    @Test
    void twoInstancesSendingForOneBotSpendOneBudgetBetweenThem() {
        MongoTemplate mongo = db.freshTemplate();
        FakeSender first = new FakeSender(Platform.TELEGRAM, clock, PER_SECOND, Duration.ZERO);
        FakeSender second = new FakeSender(Platform.TELEGRAM, clock, PER_SECOND, Duration.ZERO);
        OutboxFixture one = new OutboxFixture(mongo, clock, OutboxProperties.defaults(), first);
        OutboxFixture other = new OutboxFixture(mongo, clock, OutboxProperties.defaults(), second);
        for (int i = 1; i <= 12; i++) {
            one.outbox.enqueue("bulk-" + i, telegram("c" + i), text("n"), Priority.BULK);
        }

        one.dispatch();
        other.dispatch();
        assertThat(sent(first, second)).as("in the first second, both together").hasSize(PER_SECOND);

        clock.advance(Duration.ofSeconds(1));
        other.dispatch();
        one.dispatch();
        assertThat(second.sent()).as("the other instance spent this second's budget").hasSize(PER_SECOND);
        assertThat(sent(first, second)).hasSize(2 * PER_SECOND);

        clock.advance(Duration.ofMillis(999));
        one.dispatch();
        other.dispatch();
        assertThat(sent(first, second)).as("no more than the limit in any second, for both together")
                .hasSize(2 * PER_SECOND);
        clock.advance(Duration.ofMillis(1));
        other.dispatch();
        one.dispatch();
        assertThat(sent(first, second)).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void sendsStartedTogetherAreCountedWithOneUpdateAndGetOnlyTheRoomTheWindowHas() {
        MongoTemplate mongo = db.freshTemplate();
        SharedPace one = new SharedPace(new OutboxStore(mongo), Platform.TELEGRAM,
                new PlatformSender.Pacing(PER_SECOND, chat -> Duration.ZERO));
        SharedPace other = new SharedPace(new OutboxStore(mongo), Platform.TELEGRAM,
                new PlatformSender.Pacing(PER_SECOND, chat -> Duration.ZERO));
        Instant now = OutboxFixture.START;

        assertThat(one.take(now, 3)).isEqualTo(3);
        assertThat(other.take(now.plusMillis(100), 3)).as("two places left in the bot's second").isEqualTo(2);
        assertThat(one.take(now.plusMillis(200), 1)).isZero();
        assertThat(one.untilFree(now.plusMillis(200))).as("the first three leave at 1 s").isEqualTo(Duration.ofMillis(800));
        assertThat(other.take(now.plusSeconds(1), 5)).as("the first three left, the two at 0.1 s not yet")
                .isEqualTo(3);
        assertThat(one.take(now.plusMillis(1100), 5)).isEqualTo(2);
    }

    private static List<String> sent(FakeSender first, FakeSender second) {
        List<String> keys = new ArrayList<>(first.sentKeys());
        keys.addAll(second.sentKeys());
        return keys;
    }
}
