package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * The questions of a form as the dialogue asks them: the field's label, whether it may be skipped, a
 * hint with an example for its type, the answer given so far; choices and yes/no as buttons (one option
 * per row, a mark on those chosen), then "Quay lại", "Bỏ qua" for an optional field, and "Hủy". The
 * summary lists every answer with "Gửi" and "Sửa".
 */
final class FieldPrompts {
    static final String CHOOSE = "c";
    static final String DONE = "done";
    static final String YES = "y";
    static final String NO = "n";
    static final String SKIP = "skip";
    static final String BACK = "back";
    static final String SEND = "send";
    static final String EDIT = "edit";
    static final String PICK = "p";
    private static final int PICK_LABEL = 40;

    private FieldPrompts() {
    }

    static void ask(Replies replies, Form form, int index, String current, boolean editing) {
        Field field = form.fields().get(index);
        Map<String, Object> model = new HashMap<>();
        model.put("position", index + 1);
        model.put("total", form.fields().size());
        model.put("label", field.label());
        model.put("optional", !field.required());
        model.put("hint", replies.render("form.fill.hint." + field.type().code(), hintModel(field)).markup());
        String shown = FieldInput.shown(field, current, yes(replies), no(replies));
        if (shown != null && !shown.isEmpty()) {
            model.put("current", shown);
        }
        List<List<Button>> rows = new ArrayList<>(choices(replies, field, current));
        List<Button> controls = new ArrayList<>();
        if (index > 0 || editing) {
            controls.add(Conversations.button(replies.label("form.button.back"), BACK));
        }
        if (!field.required()) {
            controls.add(Conversations.button(replies.label("form.button.skip"), SKIP));
        }
        controls.add(Conversations.cancelButton(replies));
        rows.add(controls);
        replies.say("form.fill.ask", model, rows);
    }

    private static List<List<Button>> choices(Replies replies, Field field, String current) {
        List<List<Button>> rows = new ArrayList<>();
        switch (field.type()) {
            case CHOICE, CHOICES -> {
                List<Integer> chosen = FieldInput.positions(current);
                for (int i = 0; i < field.options().size(); i++) {
                    String mark = field.type() == FieldType.CHOICES && chosen.contains(i) ? "✅ " : "";
                    rows.add(List.of(Conversations.button(mark + field.options().get(i), CHOOSE + i)));
                }
                if (field.type() == FieldType.CHOICES) {
                    rows.add(List.of(Conversations.button(replies.label("form.button.done"), DONE)));
                }
            }
            case YES_NO -> rows.add(List.of(Conversations.button(yes(replies), YES),
                    Conversations.button(no(replies), NO)));
            default -> {
                // typed answers: no buttons of their own
            }
        }
        return rows;
    }

    private static Map<String, Object> hintModel(Field field) {
        Map<String, Object> model = new HashMap<>();
        if (field.min() != null) {
            model.put("min", field.min());
        }
        if (field.max() != null) {
            model.put("max", field.max());
        }
        model.put("count", field.options().size());
        return model;
    }

    /** The summary of every answer, with "Gửi", "Sửa" and "Hủy". */
    static void review(Replies replies, Form form, Registration registration, Clock clock) {
        Map<String, Object> model = FormMessages.model(form, clock);
        model.put("lines", answers(replies, form, registration));
        model.put("confirmed", registration.standing());
        replies.say("form.fill.review", model, List.of(List.of(
                Conversations.button(replies.label("form.button.send"), SEND),
                Conversations.button(replies.label("form.button.edit"), EDIT), Conversations.cancelButton(replies))));
    }

    /** Which field to change: one button per field, then back to the summary. */
    static void pick(Replies replies, Form form) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < form.fields().size(); i++) {
            String label = (i + 1) + ". " + form.fields().get(i).label();
            rows.add(List.of(Conversations.button(label.length() > PICK_LABEL ? label.substring(0, PICK_LABEL - 1) + "…"
                    : label, PICK + i)));
        }
        rows.add(List.of(Conversations.button(replies.label("form.button.back"), BACK)));
        replies.say("form.fill.pick", Map.of("title", form.title()), rows);
    }

    /** Every answer as a line "n. Label: answer" (a dash for one not given). */
    static String answers(Replies replies, Form form, Registration registration) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < form.fields().size(); i++) {
            Field field = form.fields().get(i);
            String shown = FieldInput.shown(field, registration.answer(i), yes(replies), no(replies));
            lines.add(replies.render("form.fill.answer_line", Map.of("position", i + 1, "label", field.label(),
                    "answer", shown == null || shown.isEmpty() ? "—" : shown)).markup());
        }
        return String.join("\n", lines);
    }

    static String yes(Replies replies) {
        return replies.label("form.button.yes");
    }

    static String no(Replies replies) {
        return replies.label("form.button.no");
    }
}
