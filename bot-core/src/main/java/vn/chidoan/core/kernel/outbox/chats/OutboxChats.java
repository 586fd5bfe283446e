package vn.chidoan.core.kernel.outbox.chats;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxSignal;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;

/**
 * What other modules may ask of or tell the outbox about chats and sent messages. It owns whether the
 * bot can write to a chat ({@link ChatStates}): it learns it from the platforms' answers to sends and
 * from the events they deliver ({@link #heard}), and everyone else asks. Also: that a chat moved to a
 * new id, that its person wrote (which opens a messaging window and lets held messages go), and what
 * became of a message, so a feature can edit its post later.
 */
@Service
public class OutboxChats {
    private static final Logger log = LoggerFactory.getLogger(OutboxChats.class);

    private final OutboxStore store;
    private final ChatStates states;
    private final ChatWindows windows;
    private final OutboxSignal signal;
    private final HeldMessages held;
    private final Clock clock;

    public OutboxChats(OutboxStore store, ChatStates states, ChatWindows windows, OutboxSignal signal, Texts texts,
            Clock clock) {
        this.store = store;
        this.states = states;
        this.windows = windows;
        this.signal = signal;
        this.held = new HeldMessages(store, signal, texts);
        this.clock = clock;
    }

    /**
     * What an inbound event says about the bot's place in its chat, told by the pipeline before the
     * event is handled, so the answers to it go by it. A person who writes or presses a button in their
     * private chat, or unblocks the bot there, and a group that adds the bot (back) are reachable at
     * once, on every platform. A group that removes the bot and a person who blocks it are unreachable,
     * and what waited for them fails. An upgraded group has moved. A message in a group says nothing:
     * only the bot's own membership tells whether it may write there.
     */
    public void heard(Inbound event) {
        if (event instanceof Inbound.MessageReceived message && message.kind() == ChatKind.PRIVATE
                || event instanceof Inbound.ButtonPressed press && press.kind() == ChatKind.PRIVATE) {
            markReachable(event.chat());
        } else if (event instanceof Inbound.BotMembershipChanged change) {
            switch (change.status()) {
                case ADDED, PROMOTED, UNBLOCKED -> markReachable(change.chat());
                case REMOVED -> markUnreachable(change.chat(), "the bot was removed from the chat", clock.instant());
                case BLOCKED -> markUnreachable(change.chat(), "the person blocked the bot", clock.instant());
            }
        } else if (event instanceof Inbound.ChatMigrated migrated) {
            move(migrated.chat(), migrated.to());
        }
    }

    /**
     * Runs the handling of one inbound event, in which each chat's reachability is read from the
     * database once ({@link ChatStates#whileHandling}): what {@link #heard} read is what the answers'
     * routes go by.
     */
    public void whileHandling(Runnable handling) {
        states.whileHandling(handling);
    }

    /**
     * The person wrote in this private chat at {@code at} (the time the platform delivered it): on a
     * platform with a messaging window the window is open again. Nothing happens on other platforms.
     */
    public void heardFrom(ChatRef chat, Instant at) {
        if (ChatWindows.windowed(chat.platform())) {
            windows.heard(chat, at);
        }
    }

    /**
     * Sends what was held for this private chat while its window was closed, now that the person wrote
     * again: oldest first, the older ones summarised when there are many ({@link HeldMessages}).
     * Returns how many were held; nothing happens on platforms with no window.
     */
    public int deliverHeld(ChatRef chat) {
        return ChatWindows.windowed(chat.platform()) ? held.deliver(chat, clock.instant()) : 0;
    }

    /** Whether the bot may write to this chat freely now (always, on a platform with no messaging window). */
    public boolean windowOpen(ChatRef chat) {
        return windows.open(chat, clock.instant());
    }

    /** The bot may write to {@code chat} (again); messages enqueued from now on are sent. */
    public void markReachable(ChatRef chat) {
        if (states.markReachable(chat)) {
            log.info("chat {} is reachable again", chat.key());
        }
    }

    /** False once the platform said the bot cannot write there (a moved chat follows its new id). */
    public boolean isReachable(ChatRef chat) {
        return states.route(chat).reachable();
    }

    /**
     * Whether a message to this chat would go now: the platform showed the bot may write there (the
     * person wrote to it, started or unblocked it; the bot was added to the group) and has not said
     * otherwise since, or, on a platform where the bot may write first, it never said otherwise.
     */
    public boolean canWrite(ChatRef chat) {
        var route = states.route(chat);
        return route.confirmed() || route.reachable() && Capabilities.of(route.chat().platform()).writesFirst();
    }

    /**
     * The chat now lives under {@code to} (an inbound migration): waiting and held messages follow it,
     * and messages enqueued for {@code from} later go to {@code to}. Publishes nothing; the caller
     * knows.
     */
    public void moveChat(ChatRef from, ChatRef to) {
        move(from, to);
    }

    /** Moves the chat; true if the move was not known before. */
    public boolean move(ChatRef from, ChatRef to) {
        if (from.platform() != to.platform()) {
            throw new IllegalArgumentException("a chat moves within its platform: " + from + " -> " + to);
        }
        Instant now = clock.instant();
        boolean news = states.markMoved(from, to, now);
        store.retarget(from, to, now);
        signal.rescan(from.platform());
        return news;
    }

    /** HELD messages of {@code chat} become due again, oldest first; returns how many. */
    public int releaseHeld(ChatRef chat) {
        long released = store.releaseHeld(chat, clock.instant());
        if (released > 0) {
            signal.rescan(chat.platform());
        }
        return (int) released;
    }

    /** The message the bot last delivered to this chat (not a button answer), while the outbox keeps it. */
    public Optional<OutgoingMessage> lastDelivered(ChatRef chat) {
        return store.lastDelivered(chat).map(doc -> OutboxCodec.entry(doc).message());
    }

    /** The platform's id of a delivered message, to edit or reply to it later. */
    public Optional<String> deliveredMessageId(String key) {
        return store.find(key)
                .filter(doc -> OutboxStatus.DELIVERED.name().equals(doc.getString(OutboxCodec.STATUS)))
                .map(doc -> doc.getString(OutboxCodec.PLATFORM_MESSAGE_ID));
    }

    public Optional<OutboxStatus> status(String key) {
        return store.find(key).map(doc -> OutboxStatus.valueOf(doc.getString(OutboxCodec.STATUS)));
    }

    /** Records the platform's word that {@code chat} is unreachable and fails what waits for it. */
    public boolean markUnreachable(ChatRef chat, String reason, Instant now) {
        boolean news = states.markUnreachable(chat, reason, now);
        store.failChat(chat, "unreachable: " + reason, now);
        return news;
    }

}
