package vn.chidoan.core.testing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Inbound;

/**
 * What handling one inbound event did: the messages it enqueued (keyed {@code in:<event>:<n>}), the
 * answer to a button press, and the templates it rendered with their models. A replayed event's turn
 * holds only what was new, which for an idempotent handler is nothing.
 */
public final class Turn {
    private final String eventKey;
    private final Inbound event;
    private final List<RecordingOutbox.Sent> messages;
    private final List<RecordingOutbox.Answer> answers;
    private final List<RecordingTexts.Rendered> rendered;

    Turn(String eventKey, Inbound event, List<Object> outboxed, List<RecordingTexts.Rendered> rendered) {
        this.eventKey = eventKey;
        this.event = event;
        this.messages = outboxed.stream().filter(RecordingOutbox.Sent.class::isInstance)
                .map(RecordingOutbox.Sent.class::cast).toList();
        this.answers = outboxed.stream().filter(RecordingOutbox.Answer.class::isInstance)
                .map(RecordingOutbox.Answer.class::cast).toList();
        this.rendered = rendered;
    }

    public String eventKey() {
        return eventKey;
    }

    public Inbound event() {
        return event;
    }

    public List<RecordingOutbox.Sent> messages() {
        return messages;
    }

    /** Every message's text as a person reads it, one per line. */
    public String text() {
        return messages.stream().map(RecordingOutbox.Sent::text).collect(Collectors.joining("\n"));
    }

    /** Keys of every template rendered while handling, replies and button labels alike. */
    public List<String> templates() {
        return rendered.stream().map(RecordingTexts.Rendered::key).toList();
    }

    /** The answer to the button press, if this turn was one and answered it. */
    public Optional<RecordingOutbox.Answer> answer() {
        return answers.stream().findFirst();
    }

    /** The toast shown to the presser, or null. */
    public String toast() {
        return answer().map(RecordingOutbox.Answer::toast).orElse(null);
    }

    /** A value a rendered template was given, such as {@code code} in {@code org.branch.created}. */
    public Object value(String templateKey, String variable) {
        return rendered.stream().filter(r -> r.key().equals(templateKey))
                .map(r -> r.model().get(variable)).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError("no " + templateKey + " rendered with " + variable
                        + "; rendered: " + templates()));
    }

    public List<Button> buttons() {
        return messages.stream().flatMap(m -> m.buttons().stream()).toList();
    }

    /** The data of the first button whose data starts with {@code prefix}. */
    public String buttonData(String prefix) {
        return buttons().stream().map(Button::data).filter(d -> d != null && d.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no button with data " + prefix + "…: " + buttons()));
    }

    /** The data of the button whose label is {@code label} (a branch offered to pick, say). */
    public String buttonLabelled(String label) {
        return buttons().stream().filter(b -> label.equals(b.label())).map(Button::data).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + ": " + buttons()));
    }

    /** The address of the first link button. */
    public String buttonUrl() {
        return buttons().stream().map(Button::url).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError("no link button: " + buttons()));
    }

    @Override
    public String toString() {
        return eventKey + " → " + templates() + "\n" + text();
    }
}
