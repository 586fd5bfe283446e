package vn.chidoan.core.features.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;

/**
 * A notice's results for its sender or an officer above: acknowledged and not yet per sub-unit, the
 * branches that have not (the first {@value #NOT_YET_SHOWN} in the text, all in the file), the members
 * who saw it, the units that passed it on; and the same per branch as an .xlsx file. Both go to one
 * private chat under {@code <key>} and {@code <key>:xlsx}.
 */
@Component
class NoticeReport {
    static final int NOT_YET_SHOWN = 30;

    private final NoticeTally tally;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    NoticeReport(NoticeTally tally, Outbox outbox, Texts texts, Clock clock) {
        this.tally = tally;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    void send(Notice notice, ChatRef chat, String lang, String key, Priority priority) {
        NoticeTally.Result result = tally.of(notice);
        outbox.enqueue(key, chat, OutgoingMessage.text(summary(result, lang)), priority);
        OutgoingMessage file = OutgoingMessage.text(texts.render("notice.results.file", lang,
                Map.of("number", notice.number()))).withAttachment(spreadsheet(result, lang).toAttachment());
        outbox.enqueue(key + ":xlsx", chat, file, priority);
    }

    RichText summary(NoticeTally.Result result, String lang) {
        Notice notice = result.notice();
        Map<String, Object> model = new HashMap<>(NoticeMessages.model(notice, clock.getZone()));
        model.put("sentAt", NoticeMessages.at(notice.createdAt(), clock.getZone()));
        model.put("branches", result.branches().size());
        model.put("acked", result.acked());
        model.put("notYet", result.branches().size() - result.acked());
        model.put("seen", result.seen());
        model.put("closed", notice.deadline() != null && !clock.instant().isBefore(notice.deadline()));
        if (result.subUnits().size() > 1) {
            model.put("unitLines", join(result.subUnits().stream().map(u -> texts.render("notice.results.unit_line",
                    lang, Map.of("name", u.name(), "branches", u.branches(), "acked", u.acked(), "seen", u.seen())))
                    .toList()));
        }
        List<NoticeTally.Branch> notYet = result.notYet();
        if (notice.needsAck() && !notYet.isEmpty()) {
            model.put("notYetLines", join(notYet.stream().limit(NOT_YET_SHOWN).map(b -> texts.render(
                    "notice.results.not_yet_line", lang, Map.of("name", b.name(), "subUnit", b.subUnit()))).toList()));
            model.put("moreNotYet", notYet.size() > NOT_YET_SHOWN);
            model.put("shown", NOT_YET_SHOWN);
        }
        if (!result.forwards().isEmpty()) {
            model.put("forwardLines", join(result.forwards().stream().map(f -> forwardLine(f, lang)).toList()));
        }
        return texts.render("notice.results.summary", lang, model);
    }

    private RichText forwardLine(Notice forward, String lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", forward.unitName());
        model.put("number", forward.number());
        model.put("at", NoticeMessages.at(forward.createdAt(), clock.getZone()));
        model.put("branches", forward.branches().size());
        if (forward.note() != null) {
            model.put("note", forward.note());
        }
        return texts.render("notice.results.forward_line", lang, model);
    }

    Spreadsheet spreadsheet(NoticeTally.Result result, String lang) {
        List<List<Object>> branches = result.branches().stream().map(b -> List.<Object>of(b.subUnit(), b.name(),
                label(b.acked() ? "acked_yes" : "acked_no", lang), b.ackedBy() == null ? "" : b.ackedBy(),
                b.acked() ? local(b.receipt().ackedAt()) : "", b.seen())).toList();
        List<List<Object>> units = result.subUnits().stream().map(u -> List.<Object>of(u.name(), u.branches(),
                u.acked(), u.notYet(), u.seen())).toList();
        Spreadsheet sheet = Spreadsheet.named("thong-bao-" + result.notice().number())
                .sheet(label("branches_sheet", lang), List.of(label("unit", lang), label("branch", lang),
                        label("acked", lang), label("acked_by", lang), label("acked_at", lang), label("seen", lang)),
                        branches)
                .sheet(label("units_sheet", lang), List.of(label("unit", lang), label("branch_count", lang),
                        label("acked", lang), label("not_yet", lang), label("seen", lang)), units);
        if (!result.forwards().isEmpty()) {
            sheet.sheet(label("forwards_sheet", lang), List.of(label("unit", lang), label("notice", lang),
                    label("forwarded_at", lang), label("note", lang)), result.forwards().stream().map(f -> List.<Object>of(
                            f.unitName(), f.number(), local(f.createdAt()), f.note() == null ? "" : f.note())).toList());
        }
        return sheet;
    }

    private String label(String column, String lang) {
        return texts.plain("notice.export." + column, lang);
    }

    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, clock.getZone());
    }

    private static String join(List<RichText> lines) {
        return String.join("\n", lines.stream().map(RichText::markup).toList());
    }
}
