package vn.chidoan.core.kernel.outbox.chats;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxSignal;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.Priority;

/** {@link OutboxChats} wired by hand on a database, for tests of other features that tell it about chats. */
public final class TestOutboxChats {
    private TestOutboxChats() {
    }

    /**
     * The outbox's chats after these messages were delivered, in order, to {@code chat} (its messaging
     * window opened first), through a fake platform.
     */
    public static OutboxChats withDelivered(MongoTemplate mongo, MutableClock clock, ChatRef chat,
            OutgoingMessage... messages) {
        OutboxFixture fx = new OutboxFixture(mongo, clock, OutboxProperties.defaults(),
                FakeSender.unpaced(chat.platform(), clock));
        fx.chats.heardFrom(chat, clock.instant());
        for (int i = 0; i < messages.length; i++) {
            fx.outbox.enqueue("delivered:" + i, chat, messages[i], Priority.INTERACTIVE);
            fx.dispatcher.dispatchDue(chat.platform());
            clock.advance(java.time.Duration.ofSeconds(1));
        }
        return fx.chats;
    }

    public static OutboxChats on(MongoTemplate mongo, Clock clock) {
        ChatStates states = new ChatStates(mongo);
        return new OutboxChats(new OutboxStore(mongo), states, new ChatWindows(mongo, states, List.of()),
                new OutboxSignal(), new Texts(), clock);
    }
}
