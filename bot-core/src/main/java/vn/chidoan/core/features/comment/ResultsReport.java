package vn.chidoan.core.features.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The poster's summary: the counts (per sub-unit when the post went to an officer's subtree), the
 * comments numbered and attributed (never on an anonymous post; for a subtree only in the file), and the same as an .xlsx file. Both go to one private
 * chat under {@code <key>} and {@code <key>:xlsx}, on every platform.
 */
@Component
class ResultsReport {
    private final AnswerTallies tallies;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    ResultsReport(AnswerTallies tallies, Outbox outbox, Texts texts, Clock clock) {
        this.tallies = tallies;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    void send(CommentPost post, ChatRef chat, String lang, String key, Priority priority) {
        Results results = tallies.results(post);
        outbox.enqueue(key, chat, OutgoingMessage.text(summary(results, lang)), priority);
        OutgoingMessage file = OutgoingMessage.text(texts.render("comment.results.file", lang,
                Map.of("number", post.number()))).withAttachment(spreadsheet(results, lang).toAttachment());
        outbox.enqueue(key + ":xlsx", chat, file, priority);
    }

    RichText summary(Results results, String lang) {
        Map<String, Object> model = new HashMap<>(PostMessages.model(results.post(), clock.getZone()));
        model.putAll(counts(results.total()));
        model.put("closed", !results.post().openAt(clock.instant()));
        // a subtree's comments can run to thousands: one message of totals per sub-unit, every comment in the file
        boolean subtree = results.post().toSubtree();
        List<Results.Tally> parts = subtree ? tallies.bySubUnit(results) : results.branches();
        if (parts.size() > 1 || subtree) {
            model.put("subUnits", subtree);
            model.put("branchLines", join(parts.stream()
                    .map(tally -> texts.render("comment.results.branch_line", lang, counts(tally))).toList()));
        }
        model.put("count", results.comments().size());
        model.put("inFile", subtree);
        if (!subtree) {
            model.put("lines", join(results.comments().stream().map(line -> texts.render("comment.results.line",
                    lang, lineModel(line))).toList()));
        }
        return texts.render("comment.results.summary", lang, model);
    }

    Spreadsheet spreadsheet(Results results, String lang) {
        boolean named = !results.post().anonymous();
        List<String> header = new ArrayList<>(List.of(label("number", lang)));
        if (named) {
            header.add(label("author", lang));
        }
        header.addAll(List.of(label("branch", lang), label("text", lang), label("at", lang), label("edited", lang)));
        List<List<Object>> rows = new ArrayList<>();
        for (Results.Line line : results.comments()) {
            List<Object> row = new ArrayList<>(List.of(line.comment().post() + "." + line.comment().number()));
            if (named) {
                row.add(line.author());
            }
            row.addAll(Arrays.asList(line.branch(), line.comment().text(), local(line.comment().at()),
                    local(line.comment().editedAt())));
            rows.add(row);
        }
        List<List<Object>> branches = results.branches().stream().map(t -> List.<Object>of(t.branch(), t.members(),
                t.commented(), t.passed(), t.silent())).toList();
        return Spreadsheet.named("gop-y-" + results.post().number())
                .sheet(label("comments_sheet", lang), header, rows)
                .sheet(label("branches_sheet", lang), List.of(label("branch", lang), label("members", lang),
                        label("commented", lang), label("passed", lang), label("silent", lang)), branches);
    }

    private Map<String, Object> lineModel(Results.Line line) {
        Map<String, Object> model = new HashMap<>();
        model.put("post", line.comment().post());
        model.put("number", line.comment().number());
        model.put("text", line.comment().text());
        model.put("branch", line.branch());
        model.put("edited", line.comment().editedAt() != null);
        if (line.author() != null) {
            model.put("author", line.author());
        }
        return model;
    }

    private static Map<String, Object> counts(Results.Tally tally) {
        Map<String, Object> model = new HashMap<>();
        if (tally.branch() != null) {
            model.put("branch", tally.branch());
        }
        if (tally.branches() > 1) {
            model.put("branches", tally.branches());
        }
        model.put("members", tally.members());
        model.put("commented", tally.commented());
        model.put("passed", tally.passed());
        model.put("silent", tally.silent());
        return model;
    }

    private String label(String column, String lang) {
        return texts.plain("comment.export." + column, lang);
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }

    private static String join(List<RichText> lines) {
        return String.join("\n", lines.stream().map(RichText::markup).toList());
    }
}
