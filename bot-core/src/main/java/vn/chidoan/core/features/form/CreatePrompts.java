package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.unit.Unit;

/**
 * The questions of the form-building dialogue, one per {@link CreateStage}, each with an example and the
 * buttons that answer it ("Bỏ qua", "Không có hạn", "Không giới hạn", the field types, "Đăng" …), and
 * the preview of the post with its fields before it goes out.
 */
final class CreatePrompts {
    static final String SKIP = "skip";
    static final String NO_DEADLINE = "nodl";
    static final String NO_LIMIT = "nolimit";
    static final String WAITLIST = "wl:y";
    static final String NO_WAITLIST = "wl:n";
    static final String ALL = "all";
    static final String PICK = "pick";
    static final String UNIT = "u";
    static final String DONE = "done";
    static final String TYPE = "t:";
    static final String PREVIEW = "preview";
    static final String REQUIRED = "req:y";
    static final String OPTIONAL = "req:n";
    static final String PUBLISH = "publish";
    static final String MORE = "more";
    static final String RESTART = "new";

    private CreatePrompts() {
    }

    /** Asks what the draft's stage needs; {@code children} are the units an officer may choose from. */
    static void ask(Replies replies, FormDraft draft, List<Unit> children, int branches, Clock clock) {
        Map<String, Object> model = new HashMap<>();
        model.put("count", draft.fields().size());
        model.put("next", draft.fields().size() + 1);
        model.put("max", FormSpec.MAX_FIELDS);
        model.put("branches", branches);
        if (draft.capacity() != null) {
            model.put("capacity", draft.capacity());
        }
        if (draft.pending() != null) {
            model.put("label", draft.pending().label() == null ? "" : draft.pending().label());
            model.put("type", replies.label(draft.pending().type().labelKey()));
        }
        List<List<Button>> rows = new ArrayList<>();
        switch (draft.stage()) {
            case DESCRIPTION -> rows.add(List.of(button(replies, "form.button.skip", SKIP)));
            case DEADLINE -> rows.add(List.of(button(replies, "form.button.no_deadline", NO_DEADLINE)));
            case CAPACITY -> rows.add(List.of(button(replies, "form.button.no_limit", NO_LIMIT)));
            case WAITLIST -> rows.add(List.of(button(replies, "form.button.waitlist", WAITLIST),
                    button(replies, "form.button.no_waitlist", NO_WAITLIST)));
            case AUDIENCE -> rows.add(List.of(Conversations.button(replies.render("form.button.all_branches",
                    Map.of("branches", branches)).toPlainText(), ALL), button(replies, "form.button.pick_units", PICK)));
            case PICK_UNITS -> rows.addAll(units(replies, draft, children));
            case FIELD_TYPE -> rows.addAll(types(replies, draft));
            case FIELD_BOUNDS -> rows.add(List.of(button(replies, "form.button.no_bounds", SKIP)));
            case FIELD_REQUIRED -> rows.add(List.of(button(replies, "form.button.required", REQUIRED),
                    button(replies, "form.button.optional", OPTIONAL)));
            case PREVIEW -> {
                preview(replies, draft, branches, clock);
                return;
            }
            default -> {
                // a typed answer only
            }
        }
        rows.add(List.of(Conversations.cancelButton(replies)));
        replies.say("form.create.ask." + draft.stage().name().toLowerCase(java.util.Locale.ROOT), model, rows);
    }

    private static List<List<Button>> units(Replies replies, FormDraft draft, List<Unit> children) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            String mark = draft.audience().contains(children.get(i).id()) ? "✅ " : "";
            rows.add(List.of(Conversations.button(mark + children.get(i).name(), UNIT + i)));
        }
        rows.add(List.of(button(replies, "form.button.done", DONE)));
        return rows;
    }

    private static List<List<Button>> types(Replies replies, FormDraft draft) {
        List<List<Button>> rows = new ArrayList<>();
        FieldType[] types = FieldType.values();
        for (int i = 0; i < types.length; i += 2) {
            List<Button> row = new ArrayList<>();
            for (int j = i; j < Math.min(i + 2, types.length); j++) {
                row.add(button(replies, types[j].labelKey(), TYPE + types[j].code()));
            }
            rows.add(row);
        }
        rows.add(List.of(button(replies, draft.fields().isEmpty() ? "form.button.preview_without_fields"
                : "form.button.preview", PREVIEW)));
        return rows;
    }

    /** The post as members will see it, the fields, where it goes; "Đăng", "Thêm câu hỏi", "Hủy". */
    static void preview(Replies replies, FormDraft draft, int branches, Clock clock) {
        Form asPosted = new Form(0, "", draft.title(), draft.description(), draft.deadline(), draft.capacity(),
                draft.waitlist(), draft.fields(), draft.creator(), null, draft.unit(), List.of(), clock.instant(),
                List.of(), List.of());
        Map<String, Object> model = FormMessages.model(asPosted, clock);
        model.put("post", FormMessages.post(asPosted, new FormMessages.Counts(0, 0), replies, clock).text().markup());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < draft.fields().size(); i++) {
            Field field = draft.fields().get(i);
            Map<String, Object> line = new HashMap<>();
            line.put("position", i + 1);
            line.put("label", field.label());
            line.put("type", replies.label(field.type().labelKey()));
            line.put("optional", !field.required());
            if (!field.options().isEmpty()) {
                line.put("options", String.join(" | ", field.options()));
            }
            lines.add(replies.render("form.create.field_line", line).markup());
        }
        if (!lines.isEmpty()) {
            model.put("fields", String.join("\n", lines)); // an empty text would still open the section
        }
        model.put("branches", branches);
        replies.say("form.create.preview", model, List.of(List.of(button(replies, "form.button.publish", PUBLISH),
                button(replies, "form.button.more_fields", MORE)), List.of(Conversations.cancelButton(replies))));
    }

    private static Button button(Replies replies, String labelKey, String choice) {
        return Conversations.button(replies.label(labelKey), choice);
    }
}
