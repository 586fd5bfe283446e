package vn.chidoan.core.features.form;

/**
 * Where a member filling in a form stands, as a type: asked a field, reviewing the summary, picking
 * a field to change, or changing one. Stored as the dialogue's step ({@link #step()}), read back with
 * {@link #of}; the answers themselves live in the registration, so a dialogue that ended (timed out,
 * {@code /huy}) resumes from there.
 */
sealed interface FillStage {

    String step();

    /** Asked field {@code field} (from 0) on the way through the form. */
    record AskField(int field) implements FillStage {
        @Override
        public String step() {
            return "f" + field;
        }
    }

    /** Asked field {@code field} again from the summary; its answer leads back to the summary. */
    record EditField(int field) implements FillStage {
        @Override
        public String step() {
            return "e" + field;
        }
    }

    /** Shown the summary with "Gửi" and "Sửa". */
    record Review() implements FillStage {
        @Override
        public String step() {
            return "review";
        }
    }

    /** Asked which field to change. */
    record PickEdit() implements FillStage {
        @Override
        public String step() {
            return "pick";
        }
    }

    static FillStage of(String step) {
        if (step.matches("f\\d{1,2}")) {
            return new AskField(Integer.parseInt(step.substring(1)));
        }
        if (step.matches("e\\d{1,2}")) {
            return new EditField(Integer.parseInt(step.substring(1)));
        }
        return "pick".equals(step) ? new PickEdit() : new Review();
    }

    /** Where a registration's answers lead: the next field not reached yet, else the summary. */
    static FillStage resume(Form form, Registration registration) {
        return registration.next() < form.fields().size() ? new AskField(registration.next()) : new Review();
    }
}
