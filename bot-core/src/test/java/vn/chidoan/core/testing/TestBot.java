package vn.chidoan.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.personal.PersonalDataStores;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.InboundRouter;

/**
 * The whole core on an in-memory backend, errbot-style: people say things in groups and private
 * chats and press buttons; tests read what the bot enqueued. Wires the real services and router
 * with a database, a {@link MutableClock}, a {@link RecordingOutbox}, {@link RecordingTexts}, an
 * {@link EventBus} and {@link FakeDeepLinks}; no Spring context.
 *
 * <pre>{@code
 * TestBot bot = TestBot.on(db.freshTemplate());
 * Turn created = bot.inPrivate(bot.admin()).says("/donvi_them Tỉnh đoàn Hà Nam");
 * }</pre>
 * Features that add commands, buttons or listeners pass {@link Builder#plugin}; flows
 * {@link Builder#flow}.
 */
public final class TestBot {
    public static final String BOT_USERNAME = "chidoan_test_bot";
    public static final String PAGE_USERNAME = "chidoan.test";
    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    private final TestBotWiring wiring;
    private final AtomicInteger events = new AtomicInteger();
    private final AtomicInteger users = new AtomicInteger(1000);
    private final Speaker admin = new Speaker(new UserRef(Platform.TELEGRAM, "1"), "Quản Trị Viên", "admin", "vi");

    private TestBot(Builder builder) {
        this.wiring = new TestBotWiring(builder.mongo, new MutableClock(START), admin.ref(), builder.flows,
                builder.plugins);
    }

    public static TestBot on(MongoTemplate mongo) {
        return builder(mongo).build();
    }

    public static Builder builder(MongoTemplate mongo) {
        return new Builder(mongo);
    }

    /** The services a plugin or flow is built from; {@code conversations} is null while flows are built. */
    public record Services(MongoTemplate mongo, MutableClock clock, EventBus events, Members members,
            Organisation org, Conversations conversations, RecordingOutbox outbox, RecordingTexts texts) {
    }

    public static final class Builder {
        private final MongoTemplate mongo;
        private final List<Function<Services, ?>> flows = new ArrayList<>();
        private final List<Function<Services, List<?>>> plugins = new ArrayList<>();

        private Builder(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        /** Adds a dialogue. */
        public Builder flow(Function<Services, ?> flow) {
            flows.add(flow);
            return this;
        }

        /**
         * Adds a feature's parts: commands, button actions, message listeners, chat event listeners, start
         * payload handlers, profile sections; each is also registered for its {@code @EventListener}s.
         */
        public Builder plugin(Function<Services, List<?>> parts) {
            plugins.add(parts);
            return this;
        }

        public TestBot build() {
            return new TestBot(this);
        }
    }

    /** The configured system admin ({@code telegram:1}). */
    public Speaker admin() {
        return admin;
    }

    /** A new Telegram user with this profile name, speaking Vietnamese. */
    public Speaker user(String name) {
        return user(name, "vi");
    }

    public Speaker user(String name, String languageCode) {
        String id = Integer.toString(users.incrementAndGet());
        return new Speaker(new UserRef(Platform.TELEGRAM, id), name, "user" + id, languageCode);
    }

    /** A new Messenger user: a page-scoped id, no profile name (Messenger sends none with a message). */
    public Speaker messengerUser() {
        return new Speaker(new UserRef(Platform.MESSENGER, "psid-" + users.incrementAndGet()), null, null, null);
    }

    public Chat inGroup(String groupId, Speaker who) {
        return new Chat(this, group(groupId), ChatKind.GROUP, who);
    }

    public Chat inPrivate(Speaker who) {
        return new Chat(this, who.ref().privateChat(), ChatKind.PRIVATE, who);
    }

    public static ChatRef group(String groupId) {
        return new ChatRef(Platform.TELEGRAM, groupId);
    }

    public Turn botAddedTo(String groupId, Speaker by) {
        return membership(groupId, by, Inbound.BotStatus.ADDED);
    }

    public Turn botRemovedFrom(String groupId, Speaker by) {
        return membership(groupId, by, Inbound.BotStatus.REMOVED);
    }

    public Turn groupMigrated(String from, String to) {
        return handle(new Inbound.ChatMigrated(group(from), group(to)));
    }

    /** Handles an event under a new key. */
    public Turn handle(Inbound event) {
        return handle("test:" + events.incrementAndGet(), event);
    }

    /** Handles an event under the given key: the same key again is a replay. */
    public Turn handle(String eventKey, Inbound event) {
        String prefix = "in:" + eventKey + ":";
        int known = wiring.outbox().withKeyPrefix(prefix).size();
        int renderedBefore = wiring.texts().count();
        wiring.router().handle(eventKey, event);
        List<Object> all = wiring.outbox().withKeyPrefix(prefix);
        return new Turn(eventKey, event, all.subList(known, all.size()), wiring.texts().since(renderedBefore));
    }

    /**
     * Handles the turn's event again under its key, as the inbound journal would after a crash; the
     * result holds only what this second handling added.
     */
    public Turn replay(Turn turn) {
        return handle(turn.eventKey(), turn.event());
    }

    /** Publishes an event as another feature would (an outbox's {@code ChatMoved}, say). */
    public void publish(Object event) {
        wiring.events().publishEvent(event);
    }

    String nextMessageId() {
        return "m" + events.incrementAndGet();
    }

    private Turn membership(String groupId, Speaker by, Inbound.BotStatus status) {
        return handle(new Inbound.BotMembershipChanged(group(groupId), ChatKind.GROUP, "Group " + groupId, by, status));
    }

    public MutableClock clock() {
        return wiring.clock();
    }

    public RecordingOutbox outbox() {
        return wiring.outbox();
    }

    public RecordingTexts texts() {
        return wiring.texts();
    }

    public EventBus events() {
        return wiring.events();
    }

    public Members members() {
        return wiring.members();
    }

    public Organisation org() {
        return wiring.org();
    }

    public Conversations conversations() {
        return wiring.conversations();
    }

    public InboundRouter router() {
        return wiring.router();
    }

    public MongoTemplate mongo() {
        return wiring.mongo();
    }

    /** Every store that keeps a person, as erasure and merging reach them. */
    public PersonalDataStores personal() {
        return wiring.personal();
    }

    /** Every command's declaration, for tests that go over all of them. */
    public List<CommandSpec> commands() {
        return wiring.catalog().specs();
    }
}
