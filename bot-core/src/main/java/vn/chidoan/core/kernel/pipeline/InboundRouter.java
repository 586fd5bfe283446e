package vn.chidoan.core.kernel.pipeline;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;
import vn.chidoan.core.kernel.text.Texts;

/**
 * The one pipeline every inbound event goes through. First the outbox hears what the event says about
 * the bot's place in its chat (a person wrote, the bot was added or removed), so the answers go by it.
 * Commands are checked and run; other text goes
 * to the speaker's active dialogue, then to the message listeners in order; button presses go to
 * their action and are always answered (so is a number typed to answer choices the platform listed
 * as numbers); chat events and what platforms report of native polls go to the chat event listeners
 * (a poll's answers and counts are answered with nothing: they come from no chat). A listener's
 * {@link NotKnownYet} fails the attempt without an apology, to be tried again. Everything the
 * handling says is keyed from the event key, so handling an event twice says it once. A chat's
 * reachability is read once per stored event ({@link OutboxChats#whileHandling}). The
 * {@link InboundListener}s hear of each stored event around its handling.
 */
@Component
public class InboundRouter implements InboundHandler {
    private static final Logger log = LoggerFactory.getLogger(InboundRouter.class);

    private final CallerResolver callers;
    private final Outbox outbox;
    private final OutboxChats chats;
    private final Texts texts;
    private final CommandRunner commands;
    private final ButtonRouter buttons;
    private final Dialogues dialogues;
    private final List<MessageListener> listeners;
    private final List<ChatEventListener> chatListeners;
    private final TypedChoices typedChoices;
    private final List<InboundListener> around;

    /** A router where no platform lists choices to type. */
    public InboundRouter(CallerResolver callers, Outbox outbox, OutboxChats chats, Texts texts,
            CommandCatalog catalog, BranchCommands branchCommands, Dialogues dialogues, List<ButtonAction> actions,
            List<MessageListener> listeners, List<ChatEventListener> chatListeners) {
        this(callers, outbox, chats, texts, catalog, branchCommands, dialogues, actions, listeners, chatListeners,
                TypedChoices.NONE);
    }

    /** A router with no {@link InboundListener}. */
    public InboundRouter(CallerResolver callers, Outbox outbox, OutboxChats chats, Texts texts,
            CommandCatalog catalog, BranchCommands branchCommands, Dialogues dialogues, List<ButtonAction> actions,
            List<MessageListener> listeners, List<ChatEventListener> chatListeners, TypedChoices typedChoices) {
        this(callers, outbox, chats, texts, catalog, branchCommands, dialogues, actions, listeners, chatListeners,
                typedChoices, List.of());
    }

    @Autowired
    public InboundRouter(CallerResolver callers, Outbox outbox, OutboxChats chats, Texts texts,
            CommandCatalog catalog, BranchCommands branchCommands, Dialogues dialogues, List<ButtonAction> actions,
            List<MessageListener> listeners, List<ChatEventListener> chatListeners, TypedChoices typedChoices,
            List<InboundListener> around) {
        this.typedChoices = typedChoices;
        this.around = List.copyOf(around);
        this.callers = callers;
        this.outbox = outbox;
        this.chats = chats;
        this.texts = texts;
        this.commands = new CommandRunner(catalog, branchCommands, dialogues);
        this.buttons = new ButtonRouter(actions);
        this.dialogues = dialogues;
        this.listeners = List.copyOf(listeners);
        this.chatListeners = List.copyOf(chatListeners);
    }

    @Override
    public void handleAll(String key, List<Inbound> events, Instant receivedAt) {
        chats.whileHandling(() -> {
            around.forEach(listener -> listener.before(events, receivedAt));
            InboundHandler.super.handleAll(key, events, receivedAt);
            around.forEach(listener -> listener.after(events));
        });
    }

    @Override
    public void handle(String eventKey, Inbound event) {
        chats.heard(event);
        if (event instanceof Inbound.MessageReceived message) {
            typedChoices.pressed(eventKey, message).ifPresentOrElse(press -> onButton(eventKey, press),
                    () -> onMessage(eventKey, message));
        } else if (event instanceof Inbound.ButtonPressed press) {
            onButton(eventKey, press);
        } else if (event instanceof Inbound.BotMembershipChanged change) {
            Replies replies = replies(eventKey, change.chat(), null, Texts.VIETNAMESE);
            guarded(replies, () -> chatListeners.forEach(l -> l.onBotMembership(change, replies)));
        } else if (event instanceof Inbound.ChatMigrated migrated) {
            Replies replies = replies(eventKey, migrated.to(), null, Texts.VIETNAMESE);
            guarded(replies, () -> chatListeners.forEach(l -> l.onChatMigrated(migrated)));
        } else if (event instanceof Inbound.PollAnswered answer) {
            withCaller(eventKey, answer.chat(), ChatKind.PRIVATE, answer.from(), null,
                    (caller, replies) -> chatListeners.forEach(l -> l.onPollAnswered(answer, caller)));
        } else if (event instanceof Inbound.PollCounted counted) {
            chatListeners.forEach(l -> l.onPollCounted(counted));
        }
    }

    private void onMessage(String eventKey, Inbound.MessageReceived message) {
        withCaller(eventKey, message.chat(), message.kind(), message.from(), message.threadId(), (caller, replies) -> {
            CommandRunner.Parsed command = CommandRunner.Parsed.of(message.text() == null ? "" : message.text());
            if (command != null) {
                commands.run(caller, message, command, replies);
                return;
            }
            MessageContext ctx = new MessageContext(caller, message, replies);
            if (dialogues.offer(ctx) || listeners.stream().anyMatch(l -> l.onMessage(ctx))) {
                return;
            }
            if (message.kind() == ChatKind.PRIVATE) {
                replies.say("pipeline.not_understood");
            }
        });
    }

    private void onButton(String eventKey, Inbound.ButtonPressed press) {
        String ackKey = "in:" + eventKey + ":ack";
        try {
            withCaller(eventKey, press.chat(), press.kind(), press.from(), press.threadId(), (caller, replies) -> {
                String toast = buttons.press(caller, press, replies);
                outbox.answerButton(ackKey, press.chat(), press.callbackId(), toast);
            });
        } catch (RuntimeException e) {
            outbox.answerButton(ackKey, press.chat(), press.callbackId(), null);
            throw e;
        }
    }

    private interface Handling {
        void run(Caller caller, Replies replies);
    }

    private void withCaller(String eventKey, ChatRef chat, ChatKind kind, Speaker from,
            String threadId, Handling handling) {
        Caller caller;
        try {
            caller = callers.resolve(chat, kind, from);
        } catch (RuntimeException e) {
            apologise(replies(eventKey, chat, threadId, Texts.VIETNAMESE), e);
            throw e;
        }
        Replies replies = replies(eventKey, chat, threadId, caller.lang());
        guarded(replies, () -> handling.run(caller, replies));
    }

    private void guarded(Replies replies, Runnable work) {
        try {
            work.run();
        } catch (BadInput bad) {
            replies.say(bad.templateKey(), bad.model());
        } catch (NotKnownYet notYet) {
            throw notYet;
        } catch (RuntimeException e) {
            apologise(replies, e);
            throw e;
        }
    }

    private void apologise(Replies replies, RuntimeException cause) {
        log.error("Handling inbound event {} failed", replies.eventKey(), cause);
        try {
            replies.say("pipeline.error");
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }

    private Replies replies(String eventKey, ChatRef chat, String threadId, String lang) {
        return new Replies(outbox, texts, eventKey, chat, threadId, lang);
    }
}
