package vn.chidoan.core.features.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * What each answer does at each {@link FillStage}: store a field's answer and lead to the next field
 * (or back to the summary when changing one), toggle an option of a several-choice field, go back a
 * field, skip an optional one; at the summary send or pick a field to change. Returns the stage that
 * comes next, or null when the dialogue ends.
 */
@Component
class FillAnswers {
    private static final Set<String> SEND_WORDS = Set.of("gui", "send", "xong");
    private static final Set<String> EDIT_WORDS = Set.of("sua", "edit");

    private final Signups signups;
    private final Outcomes outcomes;
    private final Clock clock;

    FillAnswers(Signups signups, Outcomes outcomes, Clock clock) {
        this.signups = signups;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    FillStage typed(Dialogue<?> dialogue, Forms.Open open, Registration registration, FillStage stage, String text) {
        if (stage instanceof FillStage.AskField ask) {
            return answered(dialogue, open, registration, ask.field(), read(open, ask.field(), text), false);
        }
        if (stage instanceof FillStage.EditField edit) {
            return answered(dialogue, open, registration, edit.field(), read(open, edit.field(), text), true);
        }
        String word = DateInput.plain(text);
        if (stage instanceof FillStage.PickEdit) {
            if (word.matches("\\d{1,2}") && Integer.parseInt(word) >= 1
                    && Integer.parseInt(word) <= open.form().fields().size()) {
                return new FillStage.EditField(Integer.parseInt(word) - 1);
            }
            throw new BadInput("form.fill.pick_number", Map.of("total", open.form().fields().size()));
        }
        if (SEND_WORDS.contains(word)) {
            return outcomes.send(dialogue.replies(), open, dialogue.caller().person());
        }
        if (EDIT_WORDS.contains(word)) {
            return new FillStage.PickEdit();
        }
        throw new BadInput("form.fill.use_buttons");
    }

    FillStage pressed(Dialogue<?> dialogue, Forms.Open open, Registration registration, FillStage stage, String choice) {
        if (stage instanceof FillStage.AskField ask) {
            return pressedOnField(dialogue, open, registration, ask.field(), choice, false);
        }
        if (stage instanceof FillStage.EditField edit) {
            return pressedOnField(dialogue, open, registration, edit.field(), choice, true);
        }
        if (stage instanceof FillStage.PickEdit) {
            if (choice.matches(FieldPrompts.PICK + "\\d{1,2}")) {
                int field = Integer.parseInt(choice.substring(FieldPrompts.PICK.length()));
                return field < open.form().fields().size() ? new FillStage.EditField(field) : stage;
            }
            return FieldPrompts.BACK.equals(choice) ? new FillStage.Review() : stage;
        }
        return switch (choice) {
            case FieldPrompts.SEND -> outcomes.send(dialogue.replies(), open, dialogue.caller().person());
            case FieldPrompts.EDIT -> new FillStage.PickEdit();
            default -> stage;
        };
    }

    private FillStage pressedOnField(Dialogue<?> dialogue, Forms.Open open, Registration registration, int index,
            String choice, boolean editing) {
        Field field = open.form().fields().get(index);
        FillStage here = editing ? new FillStage.EditField(index) : new FillStage.AskField(index);
        if (choice.startsWith(FieldPrompts.CHOOSE) && field.type().hasOptions()) {
            int option = Integer.parseInt(choice.substring(FieldPrompts.CHOOSE.length()));
            if (option >= field.options().size()) {
                return here;
            }
            if (field.type() == FieldType.CHOICES) {
                signups.answer(open, dialogue.caller().person(), index,
                        FieldInput.toggled(registration.answer(index), option), registration.next());
                return here; // several: stays on the field until "Xong"
            }
            return answered(dialogue, open, registration, index, Integer.toString(option), editing);
        }
        return switch (choice) {
            case FieldPrompts.DONE -> {
                if (field.required() && registration.answer(index) == null) {
                    throw new BadInput("form.fill.choose_one", Map.of("label", field.label()));
                }
                yield answered(dialogue, open, registration, index, registration.answer(index), editing);
            }
            case FieldPrompts.YES, FieldPrompts.NO -> field.type() != FieldType.YES_NO ? here : answered(dialogue,
                    open, registration, index, choice.equals(FieldPrompts.YES) ? FieldInput.YES : FieldInput.NO,
                    editing);
            case FieldPrompts.SKIP -> field.required() ? here
                    : answered(dialogue, open, registration, index, null, editing);
            case FieldPrompts.BACK -> editing ? new FillStage.Review()
                    : new FillStage.AskField(Math.max(0, index - 1));
            default -> here;
        };
    }

    /** Stores the answer; the next field comes (the furthest reached is kept), or the summary. */
    private FillStage answered(Dialogue<?> dialogue, Forms.Open open, Registration registration, int index, String value,
            boolean editing) {
        int fields = open.form().fields().size();
        int next = editing ? registration.next() : Math.max(registration.next(), index + 1);
        signups.answer(open, dialogue.caller().person(), index, value, next);
        if (editing || index + 1 >= fields) {
            return new FillStage.Review();
        }
        return new FillStage.AskField(index + 1);
    }

    private String read(Forms.Open open, int index, String text) {
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        return FieldInput.read(open.form().fields().get(index), text, today);
    }
}
