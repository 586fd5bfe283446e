package vn.chidoan.core.features.poll;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;

/**
 * How a poll reads: a native poll where the platform draws them; elsewhere its question, numbered
 * options and deadline with a button per option ({@code bc:v:<poll>:<option>}), which Messenger shows as
 * quick replies or lists as numbers to type when they do not fit. A ballot for several answers carries
 * what is ticked so far in its buttons ({@code bc:t:<poll>:<ticked>:<option>}, sent with
 * {@code bc:s:<poll>:<ticked>}), so nothing about it is stored before it is sent.
 */
final class PollMessages {
    private PollMessages() {
    }

    static Map<String, Object> model(Poll poll, Clock clock) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", poll.number());
        model.put("question", poll.question());
        model.put("multiple", poll.multiple());
        model.put("anonymous", poll.anonymous());
        model.put("closed", !poll.openAt(clock.instant()));
        if (poll.deadline() != null) {
            model.put("deadline", Formats.dateTime(poll.deadline().atZone(clock.getZone())));
        }
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < poll.options().size(); i++) {
            options.add(Map.of("n", i + 1, "text", poll.options().get(i)));
        }
        model.put("options", options);
        return model;
    }

    /** What the poll's post is on this platform, in Vietnamese (a post speaks to a whole branch). */
    static OutgoingMessage post(Poll poll, Platform platform, Texts texts, Clock clock) {
        if (Capabilities.of(platform).nativePolls()) {
            return OutgoingMessage.poll(poll.chatPoll());
        }
        OutgoingMessage post = OutgoingMessage.text(texts.render("poll.post", Texts.VIETNAMESE, model(poll, clock)));
        if (!poll.openAt(clock.instant())) {
            return post;
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < poll.options().size(); i++) {
            rows.add(List.of(Button.action(poll.options().get(i), "bc:v:" + poll.number() + ":" + i)));
        }
        return post.withButtons(rows);
    }

    /** The ballot for several answers with {@code ticked} (a bit per option) ticked so far. */
    static OutgoingMessage ballot(Poll poll, int ticked, Texts texts, String lang, Clock clock) {
        Map<String, Object> model = model(poll, clock);
        model.put("ticked", Integer.bitCount(ticked));
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < poll.options().size(); i++) {
            boolean on = (ticked & (1 << i)) != 0;
            rows.add(List.of(Button.action((on ? "✅ " : "") + poll.options().get(i),
                    "bc:t:" + poll.number() + ":" + ticked + ":" + i)));
        }
        rows.add(List.of(Button.action(texts.plain("poll.button.send", lang), "bc:s:" + poll.number() + ":" + ticked)));
        return OutgoingMessage.text(texts.render("poll.ballot", lang, model)).withButtons(rows);
    }

    /** The options a ballot's bits tick, by position. */
    static Set<Integer> options(int ticked, int count) {
        Set<Integer> chosen = new java.util.TreeSet<>();
        for (int i = 0; i < count; i++) {
            if ((ticked & (1 << i)) != 0) {
                chosen.add(i);
            }
        }
        return chosen;
    }
}
