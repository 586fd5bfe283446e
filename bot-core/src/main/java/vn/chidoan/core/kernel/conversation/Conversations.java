package vn.chidoan.core.kernel.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.BranchChoices;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.Dialogues;
import vn.chidoan.core.kernel.pipeline.MessageContext;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Public API of dialogues: start one for a speaker in a chat, feed it their messages and
 * {@code dlg:} buttons, cancel it. One dialogue at a time per (chat, user): starting another
 * replaces it. A dialogue is about one unit, fixed when it starts; before every step the speaker's
 * role there is worked out again ({@link CallerResolver#on}) and a speaker below the flow's
 * {@link Flow#minRole()} ends it with nothing done. A dialogue past its timeout is ignored (the
 * speaker is told so in a private chat) and removed by {@link #purgeExpired()}. A dialogue started by a
 * known person whose data has since been erased ends quietly: its steps would act for a person who no
 * longer exists.
 */
@Service
public class Conversations implements Dialogues {
    static final String BUTTON_PREFIX = "dlg";
    static final String CANCEL_CHOICE = "huy";

    private final ConversationStore store;
    private final Clock clock;
    private final Map<String, Flow<?>> flows = new HashMap<>();
    private final Steps steps;

    public Conversations(MongoTemplate mongo, Clock clock, List<Flow<?>> flows, CallerResolver callers) {
        this.store = new ConversationStore(mongo);
        this.clock = clock;
        this.steps = new Steps(store, callers, clock);
        for (Flow<?> flow : flows) {
            if (this.flows.putIfAbsent(flow.name(), flow) != null) {
                throw new IllegalStateException("two flows are named " + flow.name());
            }
        }
    }

    /**
     * Starts {@code flow} in {@code state} for the caller in the chat its replies go to, about the
     * caller's unit in context (the group's branch, or their own unit in a private chat).
     */
    public void start(String flow, Caller caller, Replies replies, Object state) {
        start(flow, caller, replies, state, caller.unit());
    }

    /** Starts {@code flow} in {@code state} about {@code unit}, such as a branch the speaker picked. */
    public void start(String flow, Caller caller, Replies replies, Object state, UnitId unit) {
        Flow<?> declared = flowNamed(flow);
        if (!declared.stateType().isInstance(state)) {
            throw new IllegalArgumentException(flow + " has no state " + state.getClass().getName());
        }
        store.start(ConversationStore.id(replies.chat(), caller.user()), flow, state, unit, declared.minRole(),
                replies.eventKey(), now().plus(declared.timeout()), caller.known());
    }

    /** The name of the speaker's live dialogue in this chat, if any. */
    public Optional<String> active(ChatRef chat, UserRef user) {
        return store.find(chat, user).filter(s -> s.liveAt(now())).map(ConversationStore.Stored::flow);
    }

    /** Ends the speaker's live dialogue in this chat; false when there was none. */
    public boolean cancel(ChatRef chat, UserRef user) {
        return store.cancel(chat, user, now());
    }

    /** A button that answers the speaker's live dialogue with {@code choice} (at most 40 bytes). */
    public static Button button(String label, String choice) {
        return Button.action(label, BUTTON_PREFIX + ":" + choice);
    }

    /** A button that cancels the presser's live dialogue, like {@code /huy}. */
    public static Button cancelButton(Replies replies) {
        return button(replies.label("conversation.cancel_button"), CANCEL_CHOICE);
    }

    /** Removes dialogues past their timeout and ended ones; for a periodic cleanup job. */
    public long purgeExpired() {
        return store.purgeExpired(now());
    }

    @Override
    public boolean offer(MessageContext ctx) {
        Optional<ConversationStore.Stored> found = store.find(ctx.message().chat(), ctx.caller().user());
        if (found.isEmpty()) {
            return false;
        }
        ConversationStore.Stored stored = found.get();
        String event = ctx.replies().eventKey();
        if (event.equals(stored.lastEvent())) {
            return true; // this very message already moved the dialogue: a replay
        }
        if (!stored.liveAt(now())) {
            return expired(stored, ctx);
        }
        Flow<?> flow = flows.get(stored.flow());
        if (flow == null || erased(stored, ctx.caller())) {
            store.end(stored, event, now());
            return false;
        }
        steps.run(flow, stored, ctx.caller(), ctx.replies(), (f, dialogue) -> f.onMessage(dialogue, ctx.message()));
        return true;
    }

    @Override
    public void askBranch(CommandContext ctx, BranchChoices.Page first) {
        BranchPickFlow.begin(this, ctx, first);
    }

    /** A {@code dlg:<choice>} press; false when the presser has no live dialogue here. */
    boolean press(ButtonContext ctx) {
        Optional<ConversationStore.Stored> found = store.find(ctx.press().chat(), ctx.caller().user())
                .filter(s -> s.liveAt(now()) && flows.containsKey(s.flow()));
        if (found.isEmpty()) {
            return false;
        }
        ConversationStore.Stored stored = found.get();
        if (erased(stored, ctx.caller())) {
            store.end(stored, ctx.replies().eventKey(), now());
            return false;
        }
        if (CANCEL_CHOICE.equals(ctx.args())) {
            store.end(stored, ctx.replies().eventKey(), now());
            return true;
        }
        steps.run(flows.get(stored.flow()), stored, ctx.caller(), ctx.replies(),
                (f, dialogue) -> f.onButton(dialogue, ctx.args()));
        return true;
    }

    /** Started by a known person who is not known any more: their data was erased meanwhile. */
    private static boolean erased(ConversationStore.Stored stored, Caller caller) {
        return stored.known() && !caller.known();
    }

    private boolean expired(ConversationStore.Stored stored, MessageContext ctx) {
        if (!stored.active()) {
            return false;
        }
        store.end(stored, ctx.replies().eventKey(), now());
        if (ctx.message().kind() == ChatKind.PRIVATE) {
            ctx.replies().say("conversation.expired");
            return true;
        }
        return false;
    }

    private Flow<?> flowNamed(String name) {
        Flow<?> flow = flows.get(name);
        if (flow == null) {
            throw new IllegalArgumentException("no flow named " + name);
        }
        return flow;
    }

    private Instant now() {
        return clock.instant();
    }
}
