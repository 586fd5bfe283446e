package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.ServerAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * The record of an outcome whose write got no answer from the database (a read timeout under load) is
 * written again: a delivery is not left SENDING to be sent again when its lease ends, and a write that
 * was made before its answer was lost counts as made.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutcomeWritesTest {
    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);
    private final ChatRef member = new ChatRef(Platform.TELEGRAM, "5002");

    @Test
    void aDeliveryWhoseRecordGotNoAnswerIsRecordedOnTheNextTryAndNotSentAgain() {
        FakeSender sender = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(timesOutOnce(db.freshTemplate(), OutboxStatus.DELIVERED, false), clock,
                null, sender);
        fx.outbox.enqueue("notice:4:" + member.key(), member, OutboxFixture.text("Thông báo"), Priority.BULK);

        catchThrowable(fx::dispatchAll);
        clock.advance(Duration.ofSeconds(61));
        fx.dispatchAll();

        assertThat(sender.sentKeys()).containsExactly("notice:4:" + member.key());
        assertThat(fx.status("notice:4:" + member.key())).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void aRetryWhoseRecordWasMadeBeforeItsAnswerWasLostIsTriedAgainOnTime() {
        FakeSender sender = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(member, new SendOutcome.RetryAfter(Duration.ofSeconds(1)));
        OutboxFixture fx = new OutboxFixture(timesOutOnce(db.freshTemplate(), OutboxStatus.PENDING, true), clock, null,
                sender);
        fx.outbox.enqueue("notice:5:" + member.key(), member, OutboxFixture.text("Thông báo"), Priority.BULK);

        fx.dispatchAll();
        clock.advance(Duration.ofSeconds(1));
        fx.dispatchAll();

        assertThat(sender.sentKeys()).hasSize(2);
        assertThat(fx.status("notice:5:" + member.key())).isEqualTo(OutboxStatus.DELIVERED);
    }

    /**
     * The first write taking an entry to {@code to} gets no answer: made first if {@code made}, else
     * lost on its way.
     */
    private static OutboxStore timesOutOnce(MongoTemplate mongo, OutboxStatus to, boolean made) {
        AtomicBoolean timedOut = new AtomicBoolean();
        return new OutboxStore(mongo) {
            @Override
            public boolean transition(String key, long rev, Update update) {
                Document set = update.getUpdateObject().get("$set", Document.class);
                if (!to.name().equals(set.get(OutboxCodec.STATUS)) || timedOut.getAndSet(true)) {
                    return super.transition(key, rev, update);
                }
                if (made) {
                    super.transition(key, rev, update);
                }
                throw new DataAccessResourceFailureException("Timed out while receiving message",
                        new MongoSocketReadTimeoutException("Timed out while receiving message",
                                new ServerAddress(), new SocketTimeoutException("Read timed out")));
            }
        };
    }
}
