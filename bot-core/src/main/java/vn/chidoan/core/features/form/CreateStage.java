package vn.chidoan.core.features.form;

import java.util.Arrays;

/**
 * The steps of building a form, in order: its title, description, deadline, places and waitlist, then
 * (for an officer) which units below get it, then the fields one by one (type, label, options or
 * bounds, required or not), then the preview. Stored by name in the draft and as the dialogue's step.
 */
enum CreateStage {
    TITLE, DESCRIPTION, DEADLINE, CAPACITY, WAITLIST, AUDIENCE, PICK_UNITS, FIELD_TYPE, FIELD_LABEL, FIELD_OPTIONS,
    FIELD_BOUNDS, FIELD_REQUIRED, PREVIEW;

    static CreateStage of(String step) {
        return Arrays.stream(values()).filter(s -> s.name().equals(step)).findFirst().orElse(TITLE);
    }
}
