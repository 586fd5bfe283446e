package vn.chidoan.core.kernel.conversation;

/** What a dialogue does after a step: wait in the same state, go to another, or end. */
public record Next<S>(Kind kind, S state) {

    public enum Kind {
        STAY, GO, END
    }

    public static <S> Next<S> stay() {
        return new Next<>(Kind.STAY, null);
    }

    public static <S> Next<S> go(S state) {
        if (state == null) {
            throw new IllegalArgumentException("a dialogue goes to a state");
        }
        return new Next<>(Kind.GO, state);
    }

    public static <S> Next<S> end() {
        return new Next<>(Kind.END, null);
    }
}
