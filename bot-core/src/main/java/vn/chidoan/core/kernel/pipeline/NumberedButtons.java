package vn.chidoan.core.kernel.pipeline;

/**
 * A feature's buttons whose data is {@code <prefix>:<action>:<number>[:<more>…]} ({@link NumberedPress}):
 * an action on the object numbered (a form, a post, a notice). Anyone may press them: a press is a
 * request, and each action checks the presser's rights on its object when it runs. Data of any other
 * shape is answered as out of date before an action sees it.
 */
public abstract class NumberedButtons extends RequestButtons {
    private final int most;

    /** Buttons under {@code prefix}, with at most {@code most} parts after the number. */
    protected NumberedButtons(String prefix, int most) {
        super(prefix);
        this.most = most;
    }

    @Override
    public final void handle(ButtonContext ctx) {
        ctx.numbered(most).ifPresent(press -> press(ctx, press));
    }

    /** Runs the press's action; one it does not know is answered with {@link ButtonContext#expired()}. */
    protected abstract void press(ButtonContext ctx, NumberedPress press);
}
