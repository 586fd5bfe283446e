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
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
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
class EditFlow implements Flow {
    static final String NAME = "record-edit";
    private static final String FIELD = "field";
    private static final String VALUE = "value";

    private final Records records;
    private final RecordTargets targets;
    private final Clock clock;

    EditFlow(Records records, RecordTargets targets, Clock clock) {
        this.records = records;
        this.targets = targets;
        this.clock = clock;
    }

    /** The BCH chooses which field of the member's record to change. */
    static void chooseField(Conversations conversations, RecordTarget target, Replies replies) {
        conversations.start(NAME, target.caller(), replies, FIELD, ref(target.branch(), target.entry().person()));
        List<List<Button>> rows = new ArrayList<>();
        for (Field field : Field.values()) {
            rows.add(List.of(Conversations.button(replies.label("record.field." + field.key()), field.key())));
        }
        rows.add(List.of(Conversations.cancelButton(replies)));
        replies.say("record.edit.which", Map.of("name", target.name()), rows);
    }

    /** A member corrects a field of their own record: the value is asked at once. */
    static void ownField(Conversations conversations, Caller caller, UnitId branch, Field field, Replies replies) {
        Map<String, String> data = new HashMap<>(ref(branch, caller.person()));
        data.put(FIELD, field.key());
        conversations.start(NAME, caller, replies, VALUE, data);
        askValue(field, replies);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(15);
    }

    @Override
    public Next onButton(Dialogue dialogue, String choice) {
        Optional<Field> chosen = Field.of(choice);
        if (!FIELD.equals(dialogue.step()) || chosen.isEmpty()) {
            return Next.stay();
        }
        Field field = chosen.get();
        Map<String, String> data = new HashMap<>(dialogue.data());
        data.put(FIELD, field.key());
        askValue(field, dialogue.replies());
        return Next.go(VALUE, data);
    }

    @Override
    public Next onText(Dialogue dialogue, String text) {
        if (!VALUE.equals(dialogue.step())) {
            dialogue.replies().say("record.edit.press_a_field");
            return Next.stay();
        }
        Field field = Field.of(dialogue.data().get(FIELD)).orElseThrow();
        UnitId branch = new UnitId(dialogue.data().get("branch"));
        PersonId person = new PersonId(dialogue.data().get("person"));
        Optional<RecordTarget> target = targets.again(dialogue.caller(), branch, person);
        if (target.isEmpty() || !allowed(target.get(), field)) {
            dialogue.replies().say("record.edit.no_longer");
            return Next.end();
        }
        Object value = cleared(text) && field != Field.BIRTH_DATE ? null
                : FieldInput.read(field, text, LocalDate.now(clock));
        Map<Field, Object> change = new HashMap<>();
        change.put(field, value);
        Caller caller = dialogue.caller();
        records.set(person, branch, change, Operation.UPDATED,
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

    private static Map<String, String> ref(UnitId branch, PersonId person) {
        return Map.of("branch", branch.value(), "person", person.value());
    }
}
