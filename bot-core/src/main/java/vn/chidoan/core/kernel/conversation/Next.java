package vn.chidoan.core.kernel.conversation;

import java.util.Map;

/** What a dialogue does after a step: wait at the same step, go to another, or end. */
public record Next(Kind kind, String step, Map<String, String> data) {

    public enum Kind {
        STAY, GO, END
    }

    public Next {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public static Next stay() {
        return new Next(Kind.STAY, null, null);
    }

    public static Next go(String step, Map<String, String> data) {
        return new Next(Kind.GO, step, data);
    }

    public static Next end() {
        return new Next(Kind.END, null, null);
    }
}
