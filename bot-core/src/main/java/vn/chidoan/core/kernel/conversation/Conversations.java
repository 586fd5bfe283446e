package vn.chidoan.core.kernel.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Dialogues;
import vn.chidoan.core.kernel.pipeline.MessageContext;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Public API of dialogues: start one for a speaker in a chat, feed it their messages and
 * {@code dlg:} buttons, cancel it. One dialogue at a time per (chat, user): starting another
 * replaces it. A dialogue past its timeout is ignored (the speaker is told so in a private chat) and
 * removed by {@link #purgeExpired()}. A dialogue started by a known person whose data has since been
 * erased ends quietly: its steps would act for a person who no longer exists.
 */
@Service
public class Conversations implements Dialogues {
    static final String BUTTON_PREFIX = "dlg";
    static final String CANCEL_CHOICE = "huy";

    private final ConversationStore store;
    private final Clock clock;
    private final Map<String, Flow> flows = new HashMap<>();

    public Conversations(MongoTemplate mongo, Clock clock, List<Flow> flows) {
        this.store = new ConversationStore(mongo);
        this.clock = clock;
        for (Flow flow : flows) {
            if (this.flows.putIfAbsent(flow.name(), flow) != null) {
                throw new IllegalStateException("two flows are named " + flow.name());
            }
        }
    }

    /** Starts {@code flow} at {@code step} for the caller in the chat its replies go to. */
    public void start(String flow, Caller caller, Replies replies, String step, Map<String, String> data) {
        Flow declared = flowNamed(flow);
        store.start(ConversationStore.id(replies.chat(), caller.user()), flow, step, data, replies.eventKey(),
                now().plus(declared.timeout()), caller.known());
    }

    /** The name of the speaker's live dialogue in this chat, if any. */
    public Optional<String> active(ChatRef chat, UserRef user) {
        return store.find(chat, user).filter(s -> s.liveAt(now())).map(ConversationStore.State::flow);
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
        Caller caller = ctx.caller();
        Optional<ConversationStore.State> found = store.find(ctx.message().chat(), caller.user());
        if (found.isEmpty()) {
            return false;
        }
        ConversationStore.State state = found.get();
        if (ctx.replies().eventKey().equals(state.lastEvent())) {
            return true; // this very message already moved the dialogue: a replay
        }
        if (!state.liveAt(now())) {
            return expired(state, ctx);
        }
        Flow flow = flows.get(state.flow());
        if (flow == null || erased(state, caller)) {
            store.end(state, ctx.replies().eventKey(), now());
            return false;
        }
        apply(state, flow, flow.onMessage(dialogue(caller, state, ctx.replies()), ctx.message()),
                ctx.replies().eventKey());
        return true;
    }

    /** A {@code dlg:<choice>} press; false when the presser has no live dialogue here. */
    boolean press(ButtonContext ctx) {
        Optional<ConversationStore.State> found = store.find(ctx.press().chat(), ctx.caller().user())
                .filter(s -> s.liveAt(now()) && flows.containsKey(s.flow()));
        if (found.isEmpty()) {
            return false;
        }
        if (erased(found.get(), ctx.caller())) {
            store.end(found.get(), ctx.replies().eventKey(), now());
            return false;
        }
        ConversationStore.State state = found.get();
        Flow flow = flows.get(state.flow());
        Next next = CANCEL_CHOICE.equals(ctx.args()) ? Next.end()
                : flow.onButton(dialogue(ctx.caller(), state, ctx.replies()), ctx.args());
        apply(state, flow, next, ctx.replies().eventKey());
        return true;
    }

    /** Started by a known person who is not known any more: their data was erased meanwhile. */
    private static boolean erased(ConversationStore.State state, Caller caller) {
        return state.known() && !caller.known();
    }

    private boolean expired(ConversationStore.State state, MessageContext ctx) {
        if (!state.active()) {
            return false;
        }
        store.end(state, ctx.replies().eventKey(), now());
        if (ctx.message().kind() == ChatKind.PRIVATE) {
            ctx.replies().say("conversation.expired");
            return true;
        }
        return false;
    }

    private void apply(ConversationStore.State state, Flow flow, Next next, String event) {
        Instant now = now();
        switch (next.kind()) {
            case STAY -> store.advance(state, state.step(), state.data(), event, now.plus(flow.timeout()));
            case GO -> store.advance(state, next.step(), next.data(), event, now.plus(flow.timeout()));
            case END -> store.end(state, event, now);
        }
    }

    private static Dialogue dialogue(Caller caller, ConversationStore.State state, Replies replies) {
        return new Dialogue(caller, state.step(), state.data() == null ? Map.of() : state.data(), replies);
    }

    private Flow flowNamed(String name) {
        Flow flow = flows.get(name);
        if (flow == null) {
            throw new IllegalArgumentException("no flow named " + name);
        }
        return flow;
    }

    private Instant now() {
        return clock.instant();
    }
}
