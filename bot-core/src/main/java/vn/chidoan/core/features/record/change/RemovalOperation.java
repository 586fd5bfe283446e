package vn.chidoan.core.features.record.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.features.record.OnMember;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordOperation;
import vn.chidoan.core.features.record.RecordTarget;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusSpell;

/**
 * "Xóa tên" on a card: the BCH gives the reason ({@code reason}) and confirms ({@code confirm}); the
 * member leaves the roster, their record says removed with the reason, and its history stays.
 */
@Component
class RemovalOperation extends MemberFlow<RemovalOperation.Removing> implements RecordOperation {
    static final String NAME = "record-removal";
    static final int REASON_MAX = 300;

    /** Removing the member: {@code reason} null until it is typed, then confirmed. */
    record Removing(String branch, String person, String reason) implements OnMember {
    }

    private final Members members;

    RemovalOperation(ObjectProvider<Conversations> conversations, RecordTargets targets, Records records,
            Members members, Clock clock) {
        super(NAME, Removing.class, conversations, targets, records, clock);
        this.members = members;
    }

    @Override
    public String key() {
        return "remove";
    }

    @Override
    public Role least() {
        return Role.BCH;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void start(RecordTarget target, Replies replies) {
        begin(target, new Removing(target.branch().value(), target.entry().person().value(), null), replies);
        replies.say("record.removal.ask_reason", Map.of("name", target.name()),
                List.of(List.of(Conversations.cancelButton(replies))));
    }

    @Override
    public Next<Removing> onText(Dialogue<Removing> dialogue, String text) {
        Optional<RecordTarget> target = target(dialogue);
        if (target.isEmpty()) {
            return Next.end();
        }
        String reason = Arguments.name(text, 3, REASON_MAX, "record.removal.bad_reason");
        Replies replies = dialogue.replies();
        replies.say("record.removal.confirm", Map.of("name", target.get().name(), "reason", reason), List.of(List.of(
                Conversations.button(replies.label("record.removal.confirm_button"), "ok"),
                Conversations.cancelButton(replies))));
        return Next.go(new Removing(dialogue.state().branch(), dialogue.state().person(), reason));
    }

    @Override
    public Next<Removing> onButton(Dialogue<Removing> dialogue, String choice) {
        if (!"ok".equals(choice) || dialogue.state().reason() == null) {
            return Next.stay();
        }
        Optional<RecordTarget> target = target(dialogue);
        if (target.isEmpty()) {
            return Next.end();
        }
        PersonId person = target.get().entry().person();
        UnitId branch = target.get().branch();
        String reason = dialogue.state().reason();
        records.status(person, branch, new StatusSpell(MemberStatus.REMOVED, LocalDate.now(clock), null), reason,
                Operation.REMOVED, cause(dialogue));
        members.remove(person, branch);
        dialogue.replies().say("record.removal.done", Map.of("name", target.get().name(), "reason", reason));
        return Next.end();
    }

    /** The member, if the one removing still may (role on the branch now, and rank). */
    private Optional<RecordTarget> target(Dialogue<Removing> dialogue) {
        return targets.again(dialogue, t -> RecordTargets.mayStart(t, this), "record.op.no_longer");
    }
}
