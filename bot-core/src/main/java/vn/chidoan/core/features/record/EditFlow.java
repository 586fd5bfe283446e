package vn.chidoan.core.features.record;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * Correcting a record, a field at a time: the BCH picks the field from the card ({@code field}), then
 * types the value ({@code value}); a member corrects their own phone or gender from {@code /hoso}. The
 * value is read as imports read it; who may change the field is checked again when it is saved.
 */
@Component
class EditFlow implements Flow<EditFlow.Editing> {
    static final String NAME = "record-edit";

    private final Records records;
    private final RecordTargets targets;
    private final Clock clock;

    EditFlow(Records records, RecordTargets targets, Clock clock) {
        this.records = records;
        this.targets = targets;
        this.clock = clock;
    }

    /** Correcting {@code field} (null while the BCH chooses it) of the member's record. */
    record Editing(String branch, String person, String field) implements OnMember {
    }

    /** The BCH chooses which field of the member's record to change. */
    static void chooseField(Conversations conversations, RecordTarget target, Replies replies) {
        conversations.start(NAME, target.caller(), replies, new Editing(target.branch().value(),
                target.entry().person().value(), null), target.branch());
        List<List<Button>> rows = new ArrayList<>();
        for (Field field : Field.values()) {
            rows.add(List.of(Conversations.button(replies.label("record.field." + field.key()), field.key())));
        }
        rows.add(List.of(Conversations.cancelButton(replies)));
        replies.say("record.edit.which", Map.of("name", target.name()), rows);
    }

    /** A member corrects a field of their own record: the value is asked at once. */
    static void ownField(Conversations conversations, Caller caller, UnitId branch, Field field, Replies replies) {
        conversations.start(NAME, caller, replies, new Editing(branch.value(), caller.person().value(), field.key()),
                branch);
        askValue(field, replies);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Editing> stateType() {
        return Editing.class;
    }

    @Override
    public Role minRole() {
        return Role.MEMBER; // a member corrects their own phone; who may change what is checked on saving
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(15);
    }

    @Override
    public Next<Editing> onButton(Dialogue<Editing> dialogue, String choice) {
        Optional<Field> chosen = Field.of(choice);
        if (dialogue.state().field() != null || chosen.isEmpty()) {
            return Next.stay();
        }
        askValue(chosen.get(), dialogue.replies());
        return Next.go(new Editing(dialogue.state().branch(), dialogue.state().person(), chosen.get().key()));
    }

    @Override
    public Next<Editing> onText(Dialogue<Editing> dialogue, String text) {
        if (dialogue.state().field() == null) {
            dialogue.replies().say("record.edit.press_a_field");
            return Next.stay();
        }
        Field field = Field.of(dialogue.state().field()).orElseThrow();
        Optional<RecordTarget> target = targets.again(dialogue, t -> allowed(t, field), "record.edit.no_longer");
        if (target.isEmpty()) {
            return Next.end();
        }
        Object value = cleared(text) && field != Field.BIRTH_DATE ? null
                : FieldInput.read(field, text, LocalDate.now(clock));
        Map<Field, Object> change = new HashMap<>();
        change.put(field, value);
        Caller caller = dialogue.caller();
        records.set(target.get().entry().person(), target.get().branch(), change, Operation.UPDATED,
                new Cause(dialogue.replies().eventKey(), target.get().self() ? null : caller.person(), clock.instant()));
        Map<String, Object> model = new HashMap<>(Map.of("field", dialogue.replies().label("record.field." + field.key()),
                "name", target.get().name()));
        if (value != null) {
            model.put("value", FieldInput.shown(field, value, dialogue.replies()));
        }
        dialogue.replies().say("record.edit.saved", model);
        return Next.end();
    }

    /** The BCH (and officers) change any field of a member below them; a member their phone and gender. */
    private static boolean allowed(RecordTarget target, Field field) {
        if (target.self() && field.selfEditable()) {
            return true;
        }
        return RecordTargets.mayAct(target, Role.BCH, true);
    }

    private static void askValue(Field field, Replies replies) {
        replies.say("record.edit.ask." + field.key(), Map.of(), List.of(List.of(Conversations.cancelButton(replies))));
    }

    private static boolean cleared(String text) {
        String plain = DateInput.plain(text);
        return plain.equals("xoa") || plain.equals("-") || plain.equals("bo");
    }
}
