package vn.chidoan.core.features.form;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * The buttons of a form: {@code dk:r:<form>} register (under the post and reminders), {@code dk:e:<form>}
 * change my answers, {@code dk:w:<form>} withdraw, {@code dk:m:<form>} my registration. Anyone may press
 * them; each press checks again that the form is open and the presser is a member of a branch it reached.
 */
@Component
class FormButtons implements ButtonAction {
    static final String PREFIX = "dk";
    static final String REGISTER = "r";
    static final String EDIT = "e";
    static final String WITHDRAW = "w";
    static final String MINE = "m";

    private final Registering registering;
    private final Signups signups;
    private final Conversations conversations;

    FormButtons(Registering registering, Signups signups, Conversations conversations) {
        this.registering = registering;
        this.signups = signups;
        this.conversations = conversations;
    }

    static String data(String action, Form form) {
        return PREFIX + ":" + action + ":" + form.number();
    }

    static Button withdraw(Form form, String label) {
        return Button.action(label, data(WITHDRAW, form));
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,12}")) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        long number = Long.parseLong(parts[1]);
        switch (parts[0]) {
            case REGISTER -> registering.press(ctx, number);
            case WITHDRAW -> withdraw(ctx.replies(), ctx, number);
            case EDIT -> edit(ctx.replies(), ctx, number);
            case MINE -> mine(ctx.replies(), ctx, number);
            default -> ctx.toast("pipeline.button_expired");
        }
    }

    private void withdraw(Replies replies, ButtonContext ctx, long number) {
        Forms.Open open = registering.forms().open(number, ctx.caller());
        boolean withdrawn = signups.withdraw(open, ctx.caller().person());
        replies.say(withdrawn ? "form.withdrawn" : "form.not_registered", Map.of("title", open.form().title()),
                withdrawn ? java.util.List.of(java.util.List.of(FormMessages.register(open.form(),
                        replies.label("form.button.register_again")))) : java.util.List.of());
    }

    private void edit(Replies replies, ButtonContext ctx, long number) {
        Forms.Open open = registering.forms().open(number, ctx.caller());
        Registration registration = signups.find(open.form(), ctx.caller().person()).filter(Registration::standing)
                .orElseThrow(() -> new BadInput("form.not_registered", Map.of("title", open.form().title())));
        FillFlow.review(conversations, ctx.caller(), replies, open, registration,
                registering.forms().clock());
    }

    private void mine(Replies replies, ButtonContext ctx, long number) {
        Form form = registering.forms().find(number).filter(f -> registering.forms().branchOf(f, ctx.caller())
                .isPresent()).orElseThrow(() -> new BadInput("form.unavailable"));
        registering.mine(replies, form, signups.find(form, ctx.caller().person())
                .orElseThrow(() -> new BadInput("form.not_registered", Map.of("title", form.title()))));
    }
}
