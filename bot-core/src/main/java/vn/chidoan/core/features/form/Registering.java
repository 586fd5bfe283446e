package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * "Đăng ký" pressed, wherever it is (the group's post, a reminder, Messenger's copy): a quick sign-up
 * is sent at once and answered with a toast (and a note in the private chat, with "Rút đăng ký", where
 * the bot can write); a form with fields is filled in the private chat, or, where the bot cannot write
 * to the member yet, the group gets a link that opens it. A member who registered already sees their
 * registration instead.
 */
@Component
class Registering {
    private final Forms forms;
    private final Signups signups;
    private final Outcomes outcomes;
    private final Conversations conversations;
    private final PrivateChannel channel;
    private final Clock clock;

    Registering(Forms forms, Signups signups, Outcomes outcomes, Conversations conversations, PrivateChannel channel,
            Clock clock) {
        this.forms = forms;
        this.signups = signups;
        this.outcomes = outcomes;
        this.conversations = conversations;
        this.channel = channel;
        this.clock = clock;
    }

    void press(ButtonContext ctx, long number) {
        Forms.Open open;
        try {
            open = forms.open(number, ctx.caller());
        } catch (BadInput refused) {
            Outcomes.refuse(ctx, refused);
            return;
        }
        Optional<Replies> own = channel.of(ctx);
        if (open.form().quick()) {
            quick(ctx, open, own);
            return;
        }
        if (own.isEmpty()) {
            if (!offerLink(ctx.replies(), open.form())) {
                ctx.toast("form.toast.start_first");
            }
            return;
        }
        begin(own.get(), open, ctx.caller());
        if (own.get() != ctx.replies()) {
            ctx.toast("form.toast.in_private");
        }
    }

    /**
     * A quick sign-up: sent at once. In a group the toast says where it stands and the private chat keeps a
     * note of it (where the bot can write); in a private chat (Messenger's copy of the post) the answer is
     * that note, or the registration already sent.
     */
    private void quick(ButtonContext ctx, Forms.Open open, Optional<Replies> own) {
        Optional<Registration> before = signups.find(open.form(), ctx.caller().person()).filter(Registration::standing);
        if (own.isPresent() && own.get() == ctx.replies() && before.isPresent()) {
            mine(ctx.replies(), open.form(), before.get());
            return;
        }
        Signups.Sent sent = signups.submit(open, ctx.caller().person());
        if (own.isPresent() && own.get() == ctx.replies()) {
            outcomes.say(ctx.replies(), sent);
            return;
        }
        outcomes.toast(ctx, sent, before.isPresent());
        if (before.isEmpty() && own.isPresent()) {
            outcomes.say(own.get(), sent);
        }
    }

    /** A link that opens the member's private chat at the form, where the platform has them; false if none. */
    boolean offerLink(Replies replies, Form form) {
        Optional<String> link = channel.startLink(replies.chat().platform(), FormStartLinks.payload(form));
        link.ifPresent(url -> replies.say("form.open_private", Map.of("title", form.title()),
                List.of(List.of(Button.link(replies.label("form.button.open_private"), url)))));
        return link.isPresent();
    }

    /** In the member's private chat: their registration if they sent one, else the form, from where they left. */
    void begin(Replies replies, Forms.Open open, Caller caller) {
        Registration registration = signups.draft(open, caller.person());
        if (registration.standing()) {
            mine(replies, open.form(), registration);
        } else if (open.form().quick()) {
            outcomes.say(replies, signups.submit(open, caller.person()));
        } else {
            FillFlow.begin(conversations, caller, replies, open, registration, clock);
        }
    }

    /** The member's registration: where it stands, their answers, and what they can still do. */
    void mine(Replies replies, Form form, Registration registration) {
        Map<String, Object> model = FormMessages.model(form, clock);
        model.put("status", registration.status().name().toLowerCase(java.util.Locale.ROOT));
        model.put(registration.status().name().toLowerCase(java.util.Locale.ROOT), true);
        Seats.Standing standing = Seats.Standing.of(form, registration.person());
        model.put("place", standing.place());
        model.put("position", standing.position());
        if (!form.quick()) {
            model.put("lines", FieldPrompts.answers(replies, form, registration));
        }
        boolean open = form.openAt(clock.instant());
        List<List<Button>> buttons = !open ? List.of() : registration.standing()
                ? Outcomes.buttons(replies, form, true)
                : List.of(List.of(FormMessages.register(form, replies.label("form.button.register"))));
        replies.say("form.mine", model, buttons);
    }

    Forms forms() {
        return forms;
    }
}
