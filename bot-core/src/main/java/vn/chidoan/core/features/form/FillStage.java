package vn.chidoan.core.features.form;

/**
 * Where a member filling in a form stands, as a type: asked a field, reviewing the summary, picking
 * a field to change, or changing one. Stored in the dialogue's state ({@link FillFlow.Filling}); the
 * answers themselves live in the registration, so a dialogue that ended (timed out, {@code /huy})
 * resumes from there.
 */
sealed interface FillStage {

    /** Asked field {@code field} (from 0) on the way through the form. */
    record AskField(int field) implements FillStage {
    }

    /** Asked field {@code field} again from the summary; its answer leads back to the summary. */
    record EditField(int field) implements FillStage {
    }

    /** Shown the summary with "Gửi" and "Sửa". */
    record Review() implements FillStage {
    }

    /** Asked which field to change. */
    record PickEdit() implements FillStage {
    }

    /** Where a registration's answers lead: the next field not reached yet, else the summary. */
    static FillStage resume(Form form, Registration registration) {
        return registration.next() < form.fields().size() ? new AskField(registration.next()) : new Review();
    }
}
