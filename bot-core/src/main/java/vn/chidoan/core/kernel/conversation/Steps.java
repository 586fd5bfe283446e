package vn.chidoan.core.kernel.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.pipeline.Roles;

/**
 * Runs one step of a stored dialogue: reads its state as the flow's type, puts the speaker on the
 * dialogue's unit with the role they hold there now, refuses (and ends the dialogue) when that role is
 * below the flow's, and stores what the step says comes next.
 */
final class Steps {
    /** What a step does with the dialogue: its message, or a press. */
    interface Step<S> {
        Next<S> apply(Flow<S> flow, Dialogue<S> dialogue);
    }

    private final ConversationStore store;
    private final CallerResolver callers;
    private final Clock clock;

    Steps(ConversationStore store, CallerResolver callers, Clock clock) {
        this.store = store;
        this.callers = callers;
        this.clock = clock;
    }

    <S> void run(Flow<S> flow, ConversationStore.Stored stored, Caller speaker, Replies replies, Step<S> step) {
        String event = replies.eventKey();
        Optional<S> state = store.read(stored, flow.stateType());
        if (state.isEmpty()) {
            store.end(stored, event, clock.instant());
            replies.say("conversation.expired");
            return;
        }
        Caller caller = callers.on(speaker, stored.unit());
        if (!caller.role().atLeast(stored.minRole())) {
            store.end(stored, event, clock.instant());
            replies.say("conversation.no_longer_allowed", Map.of("role", Roles.label(replies, stored.minRole())));
            return;
        }
        Next<S> next = step.apply(flow, new Dialogue<>(caller, state.get(), replies));
        Instant now = clock.instant();
        switch (next.kind()) {
            case STAY -> store.advance(stored, null, event, now.plus(flow.timeout()));
            case GO -> store.advance(stored, next.state(), event, now.plus(flow.timeout()));
            case END -> store.end(stored, event, now);
        }
    }
}
