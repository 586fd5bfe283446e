package vn.chidoan.core.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.config.BeanPostProcessor;
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
import vn.chidoan.core.kernel.pipeline.CommandCatalog;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.InboundRouter;

/**
 * The whole core, errbot-style: people say things in groups and private chats and press buttons; tests
 * read what the bot enqueued. Runs on the core's real Spring context ({@link CoreContext}: the app's
 * component scan with a {@link MutableClock} and a {@link RecordingOutbox}) on the embedded database.
 *
 * <pre>{@code
 * TestBot bot = TestBot.on(db);
 * Turn created = bot.inPrivate(bot.admin()).says("/donvi_them Tỉnh đoàn Hà Nam");
 * }</pre>
 * {@link #on(Database)} shares one context per database, emptied for each test. A test that adds
 * commands, buttons, listeners or dialogues of its own builds one with {@link #builder(Database)}: tests
 * with the same additions share a context too.
 */
public final class TestBot {
    public static final String BOT_USERNAME = "chidoan_test_bot";
    public static final String PAGE_USERNAME = "chidoan.test";
    public static final Instant START = CoreContext.START;

    private final CoreContext core;
    private final AtomicInteger events = new AtomicInteger();
    private final AtomicInteger users = new AtomicInteger(1000);
    private final Speaker admin = new Speaker(UserRef.parse(CoreContext.ADMIN), "Quản Trị Viên", "admin", "vi");

    private TestBot(CoreContext core) {
        this.core = core;
    }

    /** The core on the context shared by every test on {@code db}, emptied for this test. */
    public static TestBot on(Database db) {
        return builder(db).build();
    }

    /** The core on a context of its own on this database: slower than {@link #on(Database)}. */
    public static TestBot on(MongoTemplate mongo) {
        return builder(mongo).build();
    }

    /** A core with a test's own parts, on {@code db}. */
    public static Builder builder(Database db) {
        return new Builder(db, null);
    }

    /** A core with a test's own parts, on a context of its own on this database. */
    public static Builder builder(MongoTemplate mongo) {
        return new Builder(null, mongo);
    }

    /**
     * A test's own additions to the core's context. Tests that add the same parts (the same classes
     * of beans and properties) share a context, emptied for each; see {@link TestParts}.
     */
    public static final class Builder {
        private final Database db;
        private final MongoTemplate mongo;
        private final TestParts parts = new TestParts();

        private Builder(Database db, MongoTemplate mongo) {
            this.db = db;
            this.mongo = mongo;
        }

        /**
         * Adds ready-made beans: commands, button actions, message and chat event listeners, dialogues,
         * start payload handlers, profile sections; the core finds them as it finds its own.
         */
        public Builder with(Object... beans) {
            for (Object bean : beans) {
                parts.bean(bean);
            }
            return this;
        }

        /**
         * Adds beans the context makes, injecting what their constructor asks for (a dialogue's
         * {@code Conversations}); also for {@code @EventListener}s.
         */
        public Builder with(Class<?>... types) {
            for (Class<?> type : types) {
                parts.bean(type);
            }
            return this;
        }

        /** Sets a configuration property, as {@code application.properties} would. */
        public Builder property(String key, Object value) {
            parts.property(key, value);
            return this;
        }

        /** Hands every bean of {@code type} through {@code decorator} (to make one fail, say). */
        public <T> Builder decorate(Class<T> type, UnaryOperator<T> decorator) {
            parts.change(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return type.isInstance(bean) ? decorator.apply(type.cast(bean)) : bean;
                }
            }));
            return this;
        }

        public TestBot build() {
            return new TestBot(db != null ? CoreContext.on(db, parts) : CoreContext.own(mongo, parts));
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
        int known = outbox().withKeyPrefix(prefix).size();
        int renderedBefore = texts().count();
        router().handle(eventKey, event);
        List<Object> all = outbox().withKeyPrefix(prefix);
        return new Turn(eventKey, event, all.subList(known, all.size()), texts().since(renderedBefore));
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
        core.publish(event);
    }

    String nextMessageId() {
        return "m" + events.incrementAndGet();
    }

    private Turn membership(String groupId, Speaker by, Inbound.BotStatus status) {
        return handle(new Inbound.BotMembershipChanged(group(groupId), ChatKind.GROUP, "Group " + groupId, by, status));
    }

    public MutableClock clock() {
        return core.clock();
    }

    public RecordingOutbox outbox() {
        return core.outbox();
    }

    public RecordingTexts texts() {
        return core.texts();
    }

    public PublishedEvents events() {
        return core.events();
    }

    /** The context's one bean of this type: a feature's service, say. */
    public <T> T bean(Class<T> type) {
        return core.bean(type);
    }

    /** Every bean of this type: each command, button action or start payload handler, say. */
    public <T> List<T> beans(Class<T> type) {
        return core.beans(type);
    }

    public Members members() {
        return bean(Members.class);
    }

    public Organisation org() {
        return bean(Organisation.class);
    }

    public Conversations conversations() {
        return bean(Conversations.class);
    }

    public InboundRouter router() {
        return bean(InboundRouter.class);
    }

    public MongoTemplate mongo() {
        return core.mongo();
    }

    /** Every store that keeps a person, as erasure and merging reach them. */
    public PersonalDataStores personal() {
        return bean(PersonalDataStores.class);
    }

    /** Every command's declaration, for tests that go over all of them. */
    public List<CommandSpec> commands() {
        return bean(CommandCatalog.class).specs();
    }
}
