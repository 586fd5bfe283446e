package vn.chidoan.core.features.form;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;

/**
 * A form's results for its reader: the counts (per branch when it went to several), the registrations
 * numbered with name, branch and place (the first {@link #LISTED}; the file has them all), and an .xlsx
 * file with one column per field (sheet «Theo chi đoàn» too, for several branches). Both go to one
 * private chat under {@code <key>} and {@code <key>:xlsx}, on every platform.
 */
@Component
class FormResultsReport {
    static final int LISTED = 50;

    private final FormResultsTallies tallies;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    FormResultsReport(FormResultsTallies tallies, Outbox outbox, Texts texts, Clock clock) {
        this.tallies = tallies;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    void send(Form form, List<UnitId> branches, ChatRef chat, String lang, String key, Priority priority) {
        FormResults results = tallies.results(form, branches);
        outbox.enqueue(key, chat, OutgoingMessage.text(summary(results, lang)), priority);
        OutgoingMessage file = OutgoingMessage.text(texts.render("form.results.file", lang,
                Map.of("number", form.number()))).withAttachment(spreadsheet(results, lang).toAttachment());
        outbox.enqueue(key + ":xlsx", chat, file, priority);
    }

    RichText summary(FormResults results, String lang) {
        Map<String, Object> model = FormMessages.model(results.form(), clock);
        model.putAll(counts(results.total()));
        if (results.branches().size() > 1) {
            model.put("branchLines", join(results.branches().stream()
                    .map(tally -> texts.render("form.results.branch_line", lang, counts(tally))).toList()));
        }
        model.put("count", results.lines().size());
        if (results.lines().size() > LISTED) {
            model.put("more", results.lines().size() - LISTED); // a zero would still open the section
        }
        List<RichText> lines = new ArrayList<>();
        for (FormResults.Line line : results.lines().subList(0, Math.min(LISTED, results.lines().size()))) {
            lines.add(texts.render("form.results.line", lang, lineModel(results, line, lines.size() + 1, lang)));
        }
        model.put("lines", join(lines));
        return texts.render("form.results.summary", lang, model);
    }

    Spreadsheet spreadsheet(FormResults results, String lang) {
        Form form = results.form();
        List<String> header = new ArrayList<>(List.of(label("number", lang), label("name", lang), label("branch", lang),
                label("status", lang), label("place", lang), label("at", lang)));
        form.fields().forEach(field -> header.add(field.label()));
        List<List<Object>> rows = new ArrayList<>();
        for (FormResults.Line line : results.lines()) {
            List<Object> row = new ArrayList<>(List.of(rows.size() + 1, line.name(), line.branch(),
                    status(line, lang)));
            row.add(spot(line));
            row.add(local(line.registration().submittedAt()));
            for (int i = 0; i < form.fields().size(); i++) {
                row.add(FieldInput.shown(form.fields().get(i), line.registration().answer(i),
                        texts.plain("form.button.yes", lang), texts.plain("form.button.no", lang)));
            }
            rows.add(row);
        }
        Spreadsheet file = Spreadsheet.named("dang-ky-" + form.number()).sheet(label("sheet", lang), header, rows);
        if (results.branches().size() > 1) {
            file.sheet(label("branches_sheet", lang), List.of(label("branch", lang), label("members", lang),
                    label("registered", lang), label("waiting", lang), label("withdrawn", lang), label("silent", lang)),
                    results.branches().stream().map(t -> List.<Object>of(t.branch(), t.members(), t.registered(),
                            t.waiting(), t.withdrawn(), t.silent())).toList());
        }
        return file;
    }

    /** A place, else a waitlist position, else nothing (a withdrawal): an empty cell, never a zero. */
    private static Integer spot(FormResults.Line line) {
        if (line.place() > 0) {
            return line.place();
        }
        return line.position() > 0 ? Integer.valueOf(line.position()) : null;
    }

    private Map<String, Object> lineModel(FormResults results, FormResults.Line line, int number, String lang) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", number);
        model.put("name", line.name());
        model.put("branch", line.branch());
        model.put("several", results.branches().size() > 1);
        model.put("status", status(line, lang));
        return model;
    }

    private String status(FormResults.Line line, String lang) {
        Map<String, Object> model = new HashMap<>();
        if (line.place() > 0) {
            model.put("place", line.place());
        }
        model.put("position", line.position());
        return texts.plain("form.results.status." + line.registration().status().name().toLowerCase(Locale.ROOT), lang,
                model);
    }

    private static Map<String, Object> counts(FormResults.Tally tally) {
        Map<String, Object> model = new HashMap<>();
        if (tally.branch() != null) {
            model.put("branch", tally.branch());
        }
        model.put("members", tally.members());
        model.put("registered", tally.registered());
        model.put("waitingCount", tally.waiting());
        model.put("withdrawn", tally.withdrawn());
        model.put("silent", tally.silent());
        return model;
    }

    private String label(String column, String lang) {
        return texts.plain("form.export." + column, lang);
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }

    private static String join(List<RichText> lines) {
        return String.join("\n", lines.stream().map(RichText::markup).toList());
    }
}
