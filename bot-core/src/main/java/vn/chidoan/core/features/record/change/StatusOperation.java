package vn.chidoan.core.features.record.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.features.record.OnMember;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordOperation;
import vn.chidoan.core.features.record.RecordTarget;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusSpell;

/**
 * "Trạng thái" on a card: the BCH picks a status ({@code kind}): working away, residing elsewhere,
 * temporary, or back to active; for the first three types its dates and where ({@code dates}). The member
 * stays on the roster; other features read the status (fees: a member working away pays quarterly).
 */
@Component
class StatusOperation extends MemberFlow<StatusOperation.Choosing> implements RecordOperation {
    static final String NAME = "record-status";
    private static final List<MemberStatus> CHOICES = List.of(MemberStatus.WORKING_AWAY,
            MemberStatus.RESIDING_ELSEWHERE, MemberStatus.TEMPORARY, MemberStatus.ACTIVE);

    /** Setting the member's status: {@code status} (a {@link MemberStatus} name) null while it is chosen. */
    record Choosing(String branch, String person, String status) implements OnMember {
    }


    StatusOperation(ObjectProvider<Conversations> conversations, RecordTargets targets, Records records, Clock clock) {
        super(NAME, Choosing.class, conversations, targets, records, clock);
    }

    @Override
    public String key() {
        return "status";
    }

    @Override
    public Role least() {
        return Role.BCH;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void start(RecordTarget target, Replies replies) {
        begin(target, new Choosing(target.branch().value(), target.entry().person().value(), null), replies);
        List<List<Button>> rows = new ArrayList<>();
        for (MemberStatus status : CHOICES) {
            rows.add(List.of(Conversations.button(replies.label("record.status." + status.key()), status.key())));
        }
        rows.add(List.of(Conversations.cancelButton(replies)));
        replies.say("record.status.which", Map.of("name", target.name()), rows);
    }

    @Override
    public Next<Choosing> onButton(Dialogue<Choosing> dialogue, String choice) {
        MemberStatus status = CHOICES.stream().filter(s -> s.key().equals(choice.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        if (status == null) {
            return Next.stay();
        }
        if (status == MemberStatus.ACTIVE) {
            return save(dialogue, new SpellInput.Typed(new StatusSpell(status, LocalDate.now(clock), null), null));
        }
        dialogue.replies().say("record.status.ask_dates", Map.of("status",
                dialogue.replies().label("record.status." + status.key())),
                List.of(List.of(Conversations.cancelButton(dialogue.replies()))));
        return Next.go(new Choosing(dialogue.state().branch(), dialogue.state().person(), status.name()));
    }

    @Override
    public Next<Choosing> onText(Dialogue<Choosing> dialogue, String text) {
        if (dialogue.state().status() == null) {
            dialogue.replies().say("record.status.press_one");
            return Next.stay();
        }
        MemberStatus status = MemberStatus.valueOf(dialogue.state().status());
        return save(dialogue, SpellInput.read(status, text, LocalDate.now(clock)));
    }

    private Next<Choosing> save(Dialogue<Choosing> dialogue, SpellInput.Typed typed) {
        Optional<RecordTarget> target = targets.again(dialogue, t -> RecordTargets.mayStart(t, this),
                "record.op.no_longer");
        if (target.isEmpty()) {
            return Next.end();
        }
        StatusSpell spell = typed.spell();
        records.status(target.get().entry().person(), target.get().branch(), spell, typed.place(), Operation.STATUS,
                cause(dialogue));
        Map<String, Object> model = new HashMap<>(Map.of("name", target.get().name(),
                "status", dialogue.replies().label("record.status." + spell.status().key()),
                "from", Formats.date(spell.from())));
        if (spell.until() != null) {
            model.put("until", Formats.date(spell.until()));
        }
        if (typed.place() != null) {
            model.put("place", typed.place());
        }
        dialogue.replies().say("record.status.saved", model);
        return Next.end();
    }
}
