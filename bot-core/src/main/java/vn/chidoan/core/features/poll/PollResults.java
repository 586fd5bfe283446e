package vn.chidoan.core.features.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.export.Charts;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;

/**
 * A poll's results for a reader: one line per option with its count and share, then a bar chart of the
 * same counts (a photo, under {@code <key>:chart}). Counts only, never who chose what, so they may be
 * shown in a group.
 */
@Component
class PollResults {
    private final Polls polls;
    private final Outbox outbox;
    private final Texts texts;

    PollResults(Polls polls, Outbox outbox, Texts texts) {
        this.polls = polls;
        this.outbox = outbox;
        this.texts = texts;
    }

    void send(Poll poll, ChatRef chat, String threadId, String lang, String key, Priority priority) {
        List<Long> counts = polls.tally(poll);
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<Map<String, Object>> lines = new ArrayList<>();
        List<Charts.Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            lines.add(Map.of("n", i + 1, "text", poll.options().get(i), "count", count,
                    "percent", total == 0 ? 0 : Math.round(100.0 * count / total)));
            bars.add(new Charts.Bar(poll.options().get(i), count));
        }
        Map<String, Object> model = PollMessages.model(poll, polls.clock());
        model.put("lines", lines);
        model.put("total", total);
        model.put("voters", polls.voters(poll));
        model.put("named", !poll.anonymous());
        outbox.enqueue(key, chat, OutgoingMessage.text(texts.render("poll.results.summary", lang, model))
                .inThread(threadId), priority);
        Charts.Chart chart = Charts.bars("binhchon-" + poll.number(), poll.question(),
                texts.plain("poll.results.axis", lang), bars);
        outbox.enqueue(key + ":chart", chat, OutgoingMessage.text(texts.render("poll.results.chart", lang,
                Map.of("number", poll.number()))).withAttachment(chart.toAttachment()).inThread(threadId), priority);
    }
}
