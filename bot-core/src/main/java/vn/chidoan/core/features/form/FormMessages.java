package vn.chidoan.core.features.form;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;

/**
 * How a form reads: its post (title, description, deadline, "12/30 đã đăng ký · 3 chờ" and the
 * "Đăng ký" button while it is open) and the template model other messages share.
 */
final class FormMessages {
    private FormMessages() {
    }

    /** How many hold a place (or registered, without a limit) and how many wait. */
    record Counts(long registered, long waiting) {
    }

    /** The form's template model: number, title, description, deadline, capacity and its shape. */
    static Map<String, Object> model(Form form, Clock clock) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", form.number());
        model.put("title", form.title());
        if (form.description() != null && !form.description().isBlank()) {
            model.put("description", form.description());
        }
        if (form.deadline() != null) {
            model.put("deadline", deadline(form.deadline(), clock.getZone()));
        }
        if (form.limited()) {
            model.put("capacity", form.capacity());
        }
        model.put("limited", form.limited());
        model.put("waitlist", form.waitlist());
        model.put("quick", form.quick());
        model.put("fieldCount", form.fields().size());
        model.put("closed", !form.openAt(clock.instant()));
        return model;
    }

    static String deadline(Instant at, ZoneId zone) {
        return at == null ? "" : Formats.dateTime(at.atZone(zone));
    }

    /** The post with its counts, and the "Đăng ký" button while the form is open. */
    static OutgoingMessage post(Form form, Counts counts, Texts texts, String lang, Clock clock) {
        return post(form, counts, clock, model -> texts.render("form.post.message", lang, model),
                texts.plain("form.button.register", lang));
    }

    /** The same in the language of these replies (a preview for the creator). */
    static OutgoingMessage post(Form form, Counts counts, Replies replies, Clock clock) {
        return post(form, counts, clock, model -> replies.render("form.post.message", model),
                replies.label("form.button.register"));
    }

    private static OutgoingMessage post(Form form, Counts counts, Clock clock,
            Function<Map<String, Object>, RichText> render, String registerLabel) {
        Map<String, Object> model = model(form, clock);
        model.put("registered", counts.registered());
        model.put("waiting", counts.waiting());
        model.put("full", form.full());
        OutgoingMessage message = OutgoingMessage.text(render.apply(model));
        return form.openAt(clock.instant()) ? message.withButtons(List.of(List.of(register(form, registerLabel))))
                : message;
    }

    static Button register(Form form, Texts texts, String lang) {
        return register(form, texts.plain("form.button.register", lang));
    }

    static Button register(Form form, String label) {
        return Button.action(label, FormButtons.data(FormButtons.REGISTER, form));
    }
}
