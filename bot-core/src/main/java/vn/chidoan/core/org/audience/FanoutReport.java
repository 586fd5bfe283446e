package vn.chidoan.core.org.audience;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Public API: what the one who sent something to many branches hears when its fan-out has finished
 * ({@link FanoutKind#finished}): which branches were left out, by name, and what to do about them
 * ({@code audience.partly_reached}); and, where the feature wants it said, that it reached every one of
 * several branches ({@code audience.reached}). Once, under {@code <cause>:reached}, so a {@code finished}
 * called again after a crash says nothing twice.
 */
@Service
public class FanoutReport {

    /**
     * What was sent, for the sentence that names it: the feature's template that names it (its kind,
     * number and title) with that template's model, and the command that gives its results. With
     * {@code reachedAllToo}, reaching all of several branches is told as well.
     */
    public record Sent(String nameTemplate, Map<String, ?> name, String results, boolean reachedAllToo) {
    }

    private final Outbox outbox;
    private final Texts texts;
    private final Organisation org;

    public FanoutReport(Outbox outbox, Texts texts, Organisation org) {
        this.outbox = outbox;
        this.texts = texts;
        this.org = org;
    }

    /** Whether a fan-out of {@code branches}, all but {@code leftOut} reached, has anything to tell. */
    public static boolean worthTelling(Sent sent, int branches, List<UnitId> leftOut) {
        return !leftOut.isEmpty() || (sent.reachedAllToo() && branches >= 2);
    }

    /** Tells {@code to} (in {@code lang}) how the fan-out of {@code cause} went, if it is worth telling. */
    public void tell(String cause, ChatRef to, String lang, Sent sent, int branches, List<UnitId> leftOut) {
        if (!worthTelling(sent, branches, leftOut)) {
            return;
        }
        Map<String, Object> model = new HashMap<>(Map.of("sent",
                texts.render(sent.nameTemplate(), lang, sent.name()).markup(), "branches", branches,
                "results", sent.results()));
        String template = "audience.reached";
        if (!leftOut.isEmpty()) {
            template = "audience.partly_reached";
            model.put("reached", branches - leftOut.size());
            model.put("leftOut", leftOut.stream().map(id -> org.unit(id).map(Unit::name).orElse(id.value()))
                    .collect(Collectors.joining(", ")));
        }
        outbox.enqueue(cause + ":reached", to, OutgoingMessage.text(texts.render(template, lang, model)),
                Priority.BULK);
    }
}
