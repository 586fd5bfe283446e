package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Sending a registration and saying where it stands: a place ("chỗ 12/30"), the waitlist with its
 * position, or no place left; as a message with "Sửa" and "Rút đăng ký", or as the toast of a quick
 * sign-up's button. A registration sent already is only saved again (its answers changed in place).
 */
@Component
class Outcomes {
    private final Signups signups;
    private final Clock clock;

    Outcomes(Signups signups, Clock clock) {
        this.signups = signups;
        this.clock = clock;
    }

    /** Sends the registration from its summary; null (the dialogue ends), or the required field left empty. */
    FillStage send(Replies replies, Forms.Open open, PersonId person) {
        Form form = open.form();
        Registration registration = signups.draft(open, person);
        for (int i = 0; i < form.fields().size(); i++) {
            if (form.fields().get(i).required() && registration.answer(i) == null) {
                replies.say("form.fill.missing", Map.of("position", i + 1, "label", form.fields().get(i).label()));
                return new FillStage.EditField(i);
            }
        }
        if (registration.standing()) {
            replies.say("form.fill.saved", Map.of("title", form.title()), buttons(replies, form, true));
            return null;
        }
        say(replies, signups.submit(open, person));
        return null;
    }

    /** Where the registration now stands, with what the member can do next. */
    void say(Replies replies, Signups.Sent sent) {
        Map<String, Object> model = model(sent);
        Seats.Standing standing = sent.standing();
        if (!standing.placed()) {
            replies.say("form.full", model);
            return;
        }
        replies.say(standing.status() == Registration.Status.WAITING ? "form.waiting" : "form.registered", model,
                buttons(replies, sent.form(), true));
    }

    /** The same as a toast (a quick sign-up's button in the group). */
    void toast(ButtonContext ctx, Signups.Sent sent, boolean before) {
        Seats.Standing standing = sent.standing();
        String key = !standing.placed() ? "form.toast.full"
                : standing.status() == Registration.Status.WAITING ? "form.toast.waiting" : "form.toast.registered";
        ctx.toast(before && standing.placed() ? "form.toast.already" : key, model(sent));
    }

    private Map<String, Object> model(Signups.Sent sent) {
        Map<String, Object> model = FormMessages.model(sent.form(), clock);
        model.put("place", sent.standing().place());
        model.put("position", sent.standing().position());
        model.put("waiting", sent.standing().status() == Registration.Status.WAITING);
        return model;
    }

    /** "Sửa câu trả lời" (a form with fields) and "Rút đăng ký": shown only while the form is open. */
    static List<List<Button>> buttons(Replies replies, Form form, boolean standing) {
        List<Button> row = new ArrayList<>();
        if (!form.quick()) {
            row.add(Button.action(replies.label("form.button.change"), FormButtons.data(FormButtons.EDIT, form)));
        }
        if (standing) {
            row.add(FormButtons.withdraw(form, replies.label("form.button.withdraw")));
        }
        return row.isEmpty() ? List.of() : List.of(row);
    }

    /** Refuses what {@code refused} says: a toast on a group's button, a message elsewhere. */
    static void refuse(ButtonContext ctx, BadInput refused) {
        if (ctx.press().kind() == vn.chidoan.core.kernel.chat.ChatKind.GROUP) {
            ctx.toast(refused.templateKey().equals("form.closed") ? "form.toast.closed" : "form.toast.unavailable");
        } else {
            ctx.replies().say(refused.templateKey(), refused.model());
        }
    }
}
