package vn.chidoan.core.outbox;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.text.Texts;

/** {@link OutboxChats} wired by hand on a database, for tests of other features that tell it about chats. */
public final class TestOutboxChats {
    private TestOutboxChats() {
    }

    public static OutboxChats on(MongoTemplate mongo, Clock clock) {
        ChatStates states = new ChatStates(mongo);
        return new OutboxChats(new OutboxStore(mongo), states, new ChatWindows(mongo, states, List.of()),
                new OutboxSignal(), new Texts(), clock);
    }
}
