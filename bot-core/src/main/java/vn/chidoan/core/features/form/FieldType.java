package vn.chidoan.core.features.form;

import java.util.Arrays;
import java.util.Optional;

/** What a form's field takes; {@code code} is stored and carried by buttons, so it never changes. */
enum FieldType {
    TEXT("text"), LONG_TEXT("long"), CHOICE("choice"), CHOICES("choices"), NUMBER("number"), DATE("date"),
    PHONE("phone"), YES_NO("yesno");

    private final String code;

    FieldType(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<FieldType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** The template naming the type ({@code form.field_type.<code>}). */
    String labelKey() {
        return "form.field_type." + code;
    }

    boolean hasOptions() {
        return this == CHOICE || this == CHOICES;
    }
}
