package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.org.unit.Unit;

/**
 * What each answer does to a form being built, stage by stage ({@link CreateStage}): it fills in the
 * draft and moves it to the next stage, or is refused with an example; buttons answer the same
 * questions. FormPublishing is {@link CreateFlow}'s, at the preview.
 */
@Component
class CreateSteps {
    static final int MAX_UNITS = 60;
    static final int DESCRIPTION_MAX = 1000;
    private static final Set<String> NONE = Set.of("khong", "ko", "k", "0", "-", "bo qua");
    private static final Set<String> YES = Set.of("co", "c", "yes", "y", "bat buoc");
    private static final Set<String> NO = Set.of("khong", "ko", "k", "no", "n", "khong bat buoc");
    private static final Pattern BOUNDS = Pattern.compile("(?:tu\\s*)?(-?\\d{1,9})\\s*(?:-|–|\\.\\.|den|toi)\\s*(-?\\d{1,9})");

    private final FormPublishing publishing;
    private final Clock clock;

    CreateSteps(FormPublishing publishing, Clock clock) {
        this.publishing = publishing;
        this.clock = clock;
    }

    FormDraft typed(FormDraft draft, String text) {
        String plain = DateInput.plain(text);
        return switch (draft.stage()) {
            case TITLE -> draft.titled(Arguments.name(text, 1, QuickFormInput.TITLE_MAX, "form.create.no_title"))
                    .at(CreateStage.DESCRIPTION);
            case DESCRIPTION -> (NONE.contains(plain) ? draft : draft.described(description(text)))
                    .at(CreateStage.DEADLINE);
            case DEADLINE -> (NONE.contains(plain) ? draft.due(null)
                    : draft.due(QuickFormInput.deadline(text, clock.instant(), clock.getZone()))).at(CreateStage.CAPACITY);
            case CAPACITY -> places(draft, plain);
            case WAITLIST -> draft.places(draft.capacity(), yesNo(plain, "form.create.bad_yes_no")).at(afterPlaces(draft));
            case FIELD_LABEL -> labelled(draft, Arguments.name(text, 1, Field.MAX_LABEL, "form.create.bad_label"));
            case FIELD_OPTIONS -> withOptions(draft, text);
            case FIELD_BOUNDS -> bounded(draft, plain);
            case FIELD_REQUIRED -> required(draft, yesNo(plain, "form.create.use_buttons"));
            default -> throw new BadInput("form.create.use_buttons");
        };
    }

    /** A press; {@code children} are the units below the officer's, as the question listed them. */
    FormDraft pressed(FormDraft draft, String choice, List<Unit> children) {
        return switch (draft.stage()) {
            case DESCRIPTION -> CreatePrompts.SKIP.equals(choice) ? draft.at(CreateStage.DEADLINE) : draft;
            case DEADLINE -> CreatePrompts.NO_DEADLINE.equals(choice) ? draft.due(null).at(CreateStage.CAPACITY) : draft;
            case CAPACITY -> CreatePrompts.NO_LIMIT.equals(choice) ? draft.places(null, false).at(afterPlaces(draft))
                    : draft;
            case WAITLIST -> choice.startsWith("wl:")
                    ? draft.places(draft.capacity(), CreatePrompts.WAITLIST.equals(choice)).at(afterPlaces(draft)) : draft;
            case AUDIENCE -> CreatePrompts.ALL.equals(choice) ? draft.at(CreateStage.FIELD_TYPE)
                    : CreatePrompts.PICK.equals(choice) ? draft.at(CreateStage.PICK_UNITS) : draft;
            case PICK_UNITS -> pickedUnit(draft, choice, children);
            case FIELD_TYPE -> typeChosen(draft, choice);
            case FIELD_BOUNDS -> CreatePrompts.SKIP.equals(choice) ? draft.at(CreateStage.FIELD_REQUIRED) : draft;
            case FIELD_REQUIRED -> choice.startsWith("req:") ? required(draft, CreatePrompts.REQUIRED.equals(choice))
                    : draft;
            case PREVIEW -> CreatePrompts.MORE.equals(choice) && draft.fields().size() < FormSpec.MAX_FIELDS
                    ? draft.at(CreateStage.FIELD_TYPE) : draft;
            default -> draft;
        };
    }

    private CreateStage afterPlaces(FormDraft draft) {
        return publishing.isBranch(draft.unit()) ? CreateStage.FIELD_TYPE : CreateStage.AUDIENCE;
    }

    private FormDraft places(FormDraft draft, String plain) {
        if (NONE.contains(plain) || plain.equals("khong gioi han")) {
            return draft.places(null, false).at(afterPlaces(draft));
        }
        Matcher digits = Pattern.compile("(?:toi da\\s*)?(\\d{1,7})\\s*(?:cho|nguoi|suat)?").matcher(plain);
        if (!digits.matches()) {
            throw new BadInput("form.create.bad_capacity", Map.of("text", plain, "max", FormSpec.MAX_CAPACITY));
        }
        return draft.places(QuickFormInput.capacity(digits.group(1)), true).at(CreateStage.WAITLIST);
    }

    private FormDraft pickedUnit(FormDraft draft, String choice, List<Unit> children) {
        if (CreatePrompts.DONE.equals(choice)) {
            if (draft.audience().isEmpty()) {
                throw new BadInput("form.create.pick_one");
            }
            return draft.at(CreateStage.FIELD_TYPE);
        }
        if (choice.matches(CreatePrompts.UNIT + "\\d{1,3}")) {
            int index = Integer.parseInt(choice.substring(CreatePrompts.UNIT.length()));
            return index < children.size() ? draft.toggled(children.get(index).id()) : draft;
        }
        return draft;
    }

    private FormDraft typeChosen(FormDraft draft, String choice) {
        if (CreatePrompts.PREVIEW.equals(choice)) {
            return draft.at(CreateStage.PREVIEW);
        }
        if (!choice.startsWith(CreatePrompts.TYPE) || draft.fields().size() >= FormSpec.MAX_FIELDS) {
            return draft;
        }
        return FieldType.of(choice.substring(CreatePrompts.TYPE.length()))
                .map(type -> draft.describing(Field.of(type, "", true)).at(CreateStage.FIELD_LABEL)).orElse(draft);
    }

    private FormDraft labelled(FormDraft draft, String label) {
        Field field = draft.pending();
        FormDraft named = draft.describing(new Field(field.type(), label, true, List.of(), null, null));
        return named.at(field.type().hasOptions() ? CreateStage.FIELD_OPTIONS
                : field.type() == FieldType.NUMBER ? CreateStage.FIELD_BOUNDS : CreateStage.FIELD_REQUIRED);
    }

    private FormDraft withOptions(FormDraft draft, String text) {
        String[] parts = text.contains("|") ? text.split("\\|") : text.split("\\R");
        List<String> options = Arrays.stream(parts).map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
        if (options.size() < 2 || options.size() > Field.MAX_OPTIONS
                || options.stream().anyMatch(o -> o.length() > Field.MAX_OPTION)) {
            throw new BadInput("form.create.bad_options", Map.of("max", Field.MAX_OPTIONS, "length", Field.MAX_OPTION));
        }
        Field field = draft.pending();
        return draft.describing(new Field(field.type(), field.label(), true, options, null, null))
                .at(CreateStage.FIELD_REQUIRED);
    }

    private FormDraft bounded(FormDraft draft, String plain) {
        if (NONE.contains(plain)) {
            return draft.at(CreateStage.FIELD_REQUIRED);
        }
        Matcher bounds = BOUNDS.matcher(plain);
        if (!bounds.matches() || Long.parseLong(bounds.group(1)) > Long.parseLong(bounds.group(2))) {
            throw new BadInput("form.create.bad_bounds", Map.of("text", plain));
        }
        Field field = draft.pending();
        return draft.describing(new Field(field.type(), field.label(), true, List.of(), Long.parseLong(bounds.group(1)),
                Long.parseLong(bounds.group(2)))).at(CreateStage.FIELD_REQUIRED);
    }

    private static FormDraft required(FormDraft draft, boolean required) {
        Field field = draft.pending();
        FormDraft done = draft.describing(new Field(field.type(), field.label(), required, field.options(), field.min(),
                field.max())).added();
        return done.at(done.fields().size() >= FormSpec.MAX_FIELDS ? CreateStage.PREVIEW : CreateStage.FIELD_TYPE);
    }

    private static String description(String text) {
        String description = text.strip();
        if (description.length() > DESCRIPTION_MAX) {
            throw new BadInput("form.create.bad_description", Map.of("max", DESCRIPTION_MAX));
        }
        return description;
    }

    private static boolean yesNo(String plain, String badKey) {
        if (YES.contains(plain)) {
            return true;
        }
        if (NO.contains(plain)) {
            return false;
        }
        throw new BadInput(badKey);
    }
}
