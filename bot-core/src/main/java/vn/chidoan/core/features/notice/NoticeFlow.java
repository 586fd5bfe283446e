package vn.chidoan.core.features.notice;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.unit.Unit;

/**
 * {@code /thongbao} as a dialogue, in the sender's private chat: the content (text or file) when the
 * command came without it, the note when a notice is passed on, then the options screen, from which the
 * sender picks the sub-units, sets the deadline and the reminders, marks it urgent or not, and sends. A
 * choice sets a value (never toggles one), so a press handled twice changes nothing more. The unit it is
 * sent from is fixed when it starts; the sender's right to send from it is checked when it is sent.
 */
@Component
class NoticeFlow implements Flow<NoticeFlow.Step> {
    static final String NAME = "thongbao";
    static final String CONTENT = "content";
    static final String NOTE = "note";
    static final String OPTIONS = "options";
    static final String DEADLINE = "deadline";
    static final String OFFSETS = "offsets";
    static final String UNITS = "units";
    static final String SEND = "send";

    /** Where the dialogue stands ({@code step}) and the draft so far, as {@link DraftCodec} writes it. */
    record Step(String step, Map<String, String> data) {
    }

    private final Notices notices;
    private final NoticeProgress progress;
    private final NoticeScreens screens;

    NoticeFlow(Notices notices, NoticeProgress progress, NoticeScreens screens) {
        this.notices = notices;
        this.progress = progress;
        this.screens = screens;
    }

    /** Asks for the content of a notice from {@code origin}. */
    static void begin(Conversations conversations, Caller caller, Replies replies, NoticeDraft draft) {
        conversations.start(NAME, caller, replies, new Step(CONTENT, DraftCodec.write(draft, 0)));
        ask(replies, "notice.ask.content", Map.of());
    }

    /** Shows the options of a draft that has its content. */
    static void options(Conversations conversations, Caller caller, Replies replies, NoticeDraft draft,
            NoticeScreens screens) {
        conversations.start(NAME, caller, replies, new Step(OPTIONS, DraftCodec.write(draft, 0)));
        screens.options(replies, draft);
    }

    /** Asks for the note of a notice passed on from {@code from}. */
    static void forward(Conversations conversations, Caller caller, Replies replies, NoticeDraft draft, Notice parent,
            Unit from) {
        conversations.start(NAME, caller, replies, new Step(NOTE, DraftCodec.write(draft, 0)));
        ask(replies, "notice.ask.note", Map.of("number", parent.number(), "from", parent.unitName(),
                "unit", from.name()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Step> stateType() {
        return Step.class;
    }

    @Override
    public Duration timeout() {
        return Duration.ofHours(1); // time to find the file on a phone
    }

    @Override
    public Next<Step> onText(Dialogue<Step> dialogue, String text) {
        NoticeDraft draft = DraftCodec.read(dialogue.state().data());
        return switch (dialogue.state().step()) {
            case CONTENT -> content(dialogue, draft, text, null);
            case NOTE -> showOptions(dialogue, NoticeInput.none(text) ? draft.withNote(null) : draft.withNote(text));
            case DEADLINE -> showOptions(dialogue,
                    draft.withDeadline(NoticeInput.deadline(text, ZonedDateTime.now(notices.clock()))));
            case OFFSETS -> showOptions(dialogue, draft.withOffsets(NoticeInput.offsets(text)));
            default -> throw new BadInput("notice.use_buttons");
        };
    }

    @Override
    public Next<Step> onMessage(Dialogue<Step> dialogue, Inbound.MessageReceived message) {
        if (CONTENT.equals(dialogue.state().step())) {
            String text = message.text() == null ? "" : message.text().strip();
            return content(dialogue, DraftCodec.read(dialogue.state().data()), text, NoticeInput.document(message.attachment()));
        }
        return Flow.super.onMessage(dialogue, message);
    }

    @Override
    public Next<Step> onButton(Dialogue<Step> dialogue, String choice) {
        NoticeDraft draft = DraftCodec.read(dialogue.state().data());
        if (!List.of(OPTIONS, UNITS).contains(dialogue.state().step())) {
            return Next.stay();
        }
        return switch (choice) {
            case SEND -> {
                Replies replies = dialogue.replies();
                progress.started(notices.publish(draft, dialogue.caller(), replies.chat(), replies.lang(),
                        replies.eventKey()));
                yield Next.end();
            }
            case "khan:y", "khan:n" -> showOptions(dialogue, draft.withUrgent(choice.endsWith("y")));
            case "ack:y", "ack:n" -> showOptions(dialogue, draft.withAck(choice.endsWith("y")));
            case DEADLINE -> ask(dialogue, DEADLINE, draft, "notice.ask.deadline");
            case OFFSETS -> ask(dialogue, OFFSETS, draft, "notice.ask.offsets");
            case UNITS -> showUnits(dialogue, draft, 0);
            case OPTIONS -> showOptions(dialogue, draft);
            case "all" -> showUnits(dialogue, draft.toEveryone(), DraftCodec.page(dialogue.state().data()));
            default -> unitChoice(dialogue, draft, choice);
        };
    }

    private Next<Step> unitChoice(Dialogue<Step> dialogue, NoticeDraft draft, String choice) {
        int page = DraftCodec.page(dialogue.state().data());
        if (choice.startsWith("pg:") && choice.substring(3).matches("\\d{1,4}")) {
            return showUnits(dialogue, draft, Integer.parseInt(choice.substring(3)));
        }
        if (choice.startsWith("u+:") || choice.startsWith("u-:")) {
            return showUnits(dialogue, draft.withUnit(new UnitId(choice.substring(3)), choice.startsWith("u+")), page);
        }
        return Next.stay();
    }

    private Next<Step> content(Dialogue<Step> dialogue, NoticeDraft draft, String text, Attachment file) {
        if (text.isEmpty() && file == null) {
            throw new BadInput("notice.no_content");
        }
        return showOptions(dialogue, draft.withContent(text, file, dialogue.caller().user().platform()));
    }

    private Next<Step> showOptions(Dialogue<Step> dialogue, NoticeDraft draft) {
        screens.options(dialogue.replies(), draft);
        return Next.go(new Step(OPTIONS, DraftCodec.write(draft, 0)));
    }

    private Next<Step> showUnits(Dialogue<Step> dialogue, NoticeDraft draft, int page) {
        screens.units(dialogue.replies(), draft, page);
        return Next.go(new Step(UNITS, DraftCodec.write(draft, page)));
    }

    private static Next<Step> ask(Dialogue<Step> dialogue, String step, NoticeDraft draft, String key) {
        ask(dialogue.replies(), key, Map.of());
        return Next.go(new Step(step, DraftCodec.write(draft, 0)));
    }

    private static void ask(Replies replies, String key, Map<String, ?> model) {
        replies.say(key, model, List.of(List.of(Conversations.cancelButton(replies))));
    }
}
