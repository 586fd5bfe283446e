package vn.chidoan.core.features.form;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A form being built in the dialogue, kept in {@code form_drafts} (one per creator) so that a dialogue
 * that timed out or was cancelled resumes where it stood. {@code audience} holds the units below the
 * officer's that were chosen (empty: every branch of {@code unit}); {@code pending} is the field being
 * described. {@code link} opens the dialogue in the private chat from a group's button.
 */
record FormDraft(String id, String link, PersonId creator, UnitId unit, CreateStage stage, String title,
        String description, Instant deadline, Integer capacity, boolean waitlist, List<UnitId> audience,
        List<Field> fields, Field pending) {

    FormDraft {
        audience = List.copyOf(audience);
        fields = List.copyOf(fields);
    }

    static FormDraft start(PersonId creator, UnitId unit, String link) {
        return new FormDraft(creator.value(), link, creator, unit, CreateStage.TITLE, null, null, null, null, true,
                List.of(), List.of(), null);
    }

    FormDraft at(CreateStage next) {
        return new FormDraft(id, link, creator, unit, next, title, description, deadline, capacity, waitlist,
                audience, fields, pending);
    }

    FormDraft titled(String text) {
        return new FormDraft(id, link, creator, unit, stage, text, description, deadline, capacity, waitlist,
                audience, fields, pending);
    }

    FormDraft described(String text) {
        return new FormDraft(id, link, creator, unit, stage, title, text, deadline, capacity, waitlist, audience,
                fields, pending);
    }

    FormDraft due(Instant at) {
        return new FormDraft(id, link, creator, unit, stage, title, description, at, capacity, waitlist, audience,
                fields, pending);
    }

    FormDraft places(Integer places, boolean withWaitlist) {
        return new FormDraft(id, link, creator, unit, stage, title, description, deadline, places, withWaitlist,
                audience, fields, pending);
    }

    FormDraft toggled(UnitId chosen) {
        List<UnitId> now = new ArrayList<>(audience);
        if (!now.remove(chosen)) {
            now.add(chosen);
        }
        return new FormDraft(id, link, creator, unit, stage, title, description, deadline, capacity, waitlist, now,
                fields, pending);
    }

    FormDraft describing(Field field) {
        return new FormDraft(id, link, creator, unit, stage, title, description, deadline, capacity, waitlist,
                audience, fields, field);
    }

    /** The field being described, added to the fields. */
    FormDraft added() {
        List<Field> now = new ArrayList<>(fields);
        now.add(pending);
        return new FormDraft(id, link, creator, unit, stage, title, description, deadline, capacity, waitlist,
                audience, now, null);
    }

    FormSpec spec() {
        return new FormSpec(title, description, deadline, capacity, waitlist, fields);
    }
}
