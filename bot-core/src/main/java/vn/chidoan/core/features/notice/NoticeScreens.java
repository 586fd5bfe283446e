package vn.chidoan.core.features.notice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.reminder.OffsetTexts;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * What the sender sees while shaping a notice: the options screen (what will go where, acknowledged by
 * when, urgent or not, with a button for each change and «Gửi») and the picker of the units directly
 * below theirs, {@value #PAGE} to a page, chosen ones ticked.
 */
@Component
class NoticeScreens {
    static final int PAGE = 8;
    static final int PREVIEW = 300;

    private final Organisation org;
    private final Reminders reminders;
    private final Texts texts;
    private final Clock clock;

    NoticeScreens(Organisation org, Reminders reminders, Texts texts, Clock clock) {
        this.org = org;
        this.reminders = reminders;
        this.texts = texts;
        this.clock = clock;
    }

    void options(Replies replies, NoticeDraft draft) {
        Map<String, Object> model = new HashMap<>();
        String text = draft.text();
        if (!text.isEmpty()) {
            model.put("preview", text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 1) + "…");
        }
        if (draft.document() != null) {
            model.put("file", draft.document().fileName() == null ? "" : draft.document().fileName());
        }
        if (draft.note() != null) {
            model.put("note", draft.note());
        }
        Unit origin = org.unit(draft.origin()).orElseThrow();
        model.put("unit", origin.name());
        model.put("everyone", draft.units().isEmpty());
        model.put("chosen", String.join(", ", org.unitsWithin(draft.origin()).stream()
                .filter(u -> draft.units().contains(u.id())).map(Unit::name).toList()));
        Set<UnitId> branches = new LinkedHashSet<>();
        draft.targets().forEach(target -> branches.addAll(org.branchesWithin(target)));
        model.put("branches", branches.size());
        model.put("needsAck", draft.needsAck());
        model.put("urgent", draft.urgent());
        if (draft.deadline() != null) {
            model.put("deadline", NoticeMessages.at(draft.deadline(), clock.getZone()));
            model.put("reminders", OffsetTexts.of(replies, draft.offsets().isEmpty()
                    ? reminders.settings(draft.origin()).offsetsFor(NoticeReminder.KIND) : draft.offsets()));
        }
        replies.say("notice.options", model, optionButtons(replies, draft));
    }

    private static List<List<Button>> optionButtons(Replies replies, NoticeDraft draft) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(button(replies, "notice.button.send", NoticeFlow.SEND)));
        rows.add(List.of(draft.urgent() ? button(replies, "notice.button.urgent_off", "khan:n")
                : button(replies, "notice.button.urgent_on", "khan:y"),
                draft.needsAck() ? button(replies, "notice.button.ack_off", "ack:n")
                        : button(replies, "notice.button.ack_on", "ack:y")));
        List<Button> when = new ArrayList<>();
        if (draft.needsAck()) {
            when.add(button(replies, "notice.button.deadline", NoticeFlow.DEADLINE));
            if (draft.deadline() != null) {
                when.add(button(replies, "notice.button.offsets", NoticeFlow.OFFSETS));
            }
            rows.add(when);
        }
        rows.add(List.of(button(replies, "notice.button.units", NoticeFlow.UNITS), Conversations.cancelButton(replies)));
        return rows;
    }

    /** The units directly below the draft's unit, page {@code page} of them. */
    void units(Replies replies, NoticeDraft draft, int page) {
        List<Unit> below = org.unitsWithin(draft.origin()).stream().filter(u -> draft.origin().equals(u.parent()))
                .sorted(Comparator.comparing(Unit::kind).thenComparing(Unit::name)).toList();
        int pages = Math.max(1, (below.size() + PAGE - 1) / PAGE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<List<Button>> rows = new ArrayList<>();
        for (Unit unit : below.subList(shown * PAGE, Math.min(below.size(), (shown + 1) * PAGE))) {
            boolean chosen = draft.units().contains(unit.id());
            String label = chosen ? texts.plain("notice.button.chosen", replies.lang(), Map.of("name", unit.name()))
                    : unit.name();
            rows.add(List.of(Conversations.button(label,
                    (chosen ? "u-:" : "u+:") + unit.id().value())));
        }
        List<Button> turn = new ArrayList<>();
        if (shown > 0) {
            turn.add(button(replies, "notice.button.previous", "pg:" + (shown - 1)));
        }
        if (shown < pages - 1) {
            turn.add(button(replies, "notice.button.next", "pg:" + (shown + 1)));
        }
        if (!turn.isEmpty()) {
            rows.add(turn);
        }
        rows.add(List.of(button(replies, "notice.button.everyone", "all"), button(replies, "notice.button.done",
                NoticeFlow.OPTIONS)));
        Map<String, Object> model = new HashMap<>();
        model.put("unit", org.unit(draft.origin()).map(Unit::name).orElse(""));
        model.put("count", below.size());
        model.put("chosen", draft.units().size());
        model.put("page", shown + 1);
        model.put("pages", pages);
        replies.say("notice.units", model, rows);
    }

    private static Button button(Replies replies, String label, String choice) {
        return Conversations.button(replies.label(label), choice);
    }
}
