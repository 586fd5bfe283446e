package vn.chidoan.core.features.form;

import java.util.List;
import java.util.Objects;

/**
 * One question of a form: its type, its label, whether it must be answered, the options of a choice
 * field, the bounds of a number field (null: none).
 */
record Field(FieldType type, String label, boolean required, List<String> options, Long min, Long max) {
    static final int MAX_LABEL = 100;
    static final int MAX_OPTIONS = 20;
    static final int MAX_OPTION = 60;

    Field {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        options = options == null ? List.of() : List.copyOf(options);
    }

    static Field of(FieldType type, String label, boolean required) {
        return new Field(type, label, required, List.of(), null, null);
    }
}
