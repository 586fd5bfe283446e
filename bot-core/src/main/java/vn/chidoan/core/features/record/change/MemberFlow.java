package vn.chidoan.core.features.record.change;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.OnMember;
import vn.chidoan.core.features.record.RecordTarget;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * The BCH's dialogue about one member, begun from the member's card (a removal, a status, an entry): it
 * keeps the committee's right on the member's branch at every step, waits a quarter of an hour for an
 * answer, and what it writes is recorded against the event that caused it.
 *
 * @param <S> the dialogue's states, each naming the member
 */
abstract class MemberFlow<S extends OnMember> implements Flow<S> {
    private final String name;
    private final Class<S> type;
    private final ObjectProvider<Conversations> conversations; // Conversations holds every Flow, these too
    final RecordTargets targets;
    final Records records;
    final Clock clock;

    MemberFlow(String name, Class<S> type, ObjectProvider<Conversations> conversations, RecordTargets targets,
            Records records, Clock clock) {
        this.name = name;
        this.type = type;
        this.conversations = conversations;
        this.targets = targets;
        this.records = records;
        this.clock = clock;
    }

    /** Starts the dialogue about the target's member, on the target's branch. */
    void begin(RecordTarget target, S state, Replies replies) {
        conversations.getObject().start(name, target.caller(), replies, state, target.branch());
    }

    /** What caused a write: the step's event, by the speaker, now. */
    Cause cause(Dialogue<S> dialogue) {
        return new Cause(dialogue.replies().eventKey(), dialogue.caller().person(), clock.instant());
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Class<S> stateType() {
        return type;
    }

    @Override
    public final Role minRole() {
        return Role.BCH;
    }

    @Override
    public final Duration timeout() {
        return Duration.ofMinutes(15);
    }
}
