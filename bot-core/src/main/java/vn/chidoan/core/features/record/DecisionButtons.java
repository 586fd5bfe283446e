package vn.chidoan.core.features.record;

import java.util.Optional;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;

/**
 * Buttons {@code <prefix>:<id>:<choice>} deciding on one stored thing (a proposed admission, a transfer, a
 * checked roster file). Anyone may press them: the thing is found again by its id, and each decides who may
 * choose what from the presser's role on the thing's own branch now. Data of any other shape, or a thing
 * that is gone, is answered as out of date before {@link #decide} runs.
 *
 * @param <T> the thing decided on
 */
public abstract class DecisionButtons<T> extends RequestButtons {

    protected DecisionButtons(String prefix) {
        super(prefix);
    }

    /** The data of {@code prefix}'s button choosing {@code choice} on the thing {@code id}. */
    protected static String data(String prefix, String id, String choice) {
        return prefix + ":" + id + ":" + choice;
    }

    @Override
    public final void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        Optional<T> found = parts.length == 2 ? find(parts[0]) : Optional.empty();
        if (found.isEmpty()) {
            ctx.expired();
            return;
        }
        decide(ctx, found.get(), parts[1]);
    }

    /** The thing the button was made for, if it is still there. */
    protected abstract Optional<T> find(String id);

    /** Checks the presser's right on the thing for {@code choice}, then acts on it. */
    protected abstract void decide(ButtonContext ctx, T thing, String choice);
}
