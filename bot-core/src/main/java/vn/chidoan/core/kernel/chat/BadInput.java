package vn.chidoan.core.kernel.chat;

import java.util.Map;

/**
 * Input the bot cannot use. The pipeline answers it with the named template, which says what to type
 * instead; nothing has been written when it is thrown.
 */
public class BadInput extends RuntimeException {
    private final String templateKey;
    private final Map<String, Object> model;

    public BadInput(String templateKey, Map<String, Object> model) {
        super(templateKey, null, false, false);
        this.templateKey = templateKey;
        this.model = Map.copyOf(model);
    }

    public BadInput(String templateKey) {
        this(templateKey, Map.of());
    }

    public String templateKey() {
        return templateKey;
    }

    public Map<String, Object> model() {
        return model;
    }
}
