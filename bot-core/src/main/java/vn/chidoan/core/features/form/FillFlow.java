package vn.chidoan.core.features.form;

import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Filling in a form in the private chat, field by field ({@link FillStage}): a typed answer is read by
 * {@link FieldInput} (refused with an example, and asked again, when it cannot be used), choices and
 * yes/no come as buttons, "Quay lại" goes back a field, "Bỏ qua" skips an optional one, {@code /huy}
 * stops. Every answer is stored in the registration as it comes, so coming back later resumes where
 * the member left. The summary sends ("Gửi") or changes one answer ("Sửa"). The dialogue is about the
 * branch through which the form reached the member, where they must still be a member at every step;
 * and the form must still be open.
 */
@Component
class FillFlow implements Flow<FillFlow.Filling> {
    static final String NAME = "dangky";

    /** Filling in form number {@code form}, at {@code stage}. */
    record Filling(long form, FillStage stage) {
    }

    private final Forms forms;
    private final Signups signups;
    private final FillAnswers answers;

    FillFlow(Forms forms, Signups signups, FillAnswers answers) {
        this.forms = forms;
        this.signups = signups;
        this.answers = answers;
    }

    /** Starts (or resumes) filling in: at the next field not reached, or at the summary. */
    static void begin(Conversations conversations, Caller caller, Replies replies, Forms.Open open,
            Registration registration, java.time.Clock clock) {
        Form form = open.form();
        FillStage stage = FillStage.resume(form, registration);
        String intro = registration.next() > 0 && !registration.answered() ? "form.fill.resume" : "form.fill.start";
        replies.say(intro, Map.of("title", form.title(), "total", form.fields().size(),
                "answered", Math.min(registration.next(), form.fields().size())));
        conversations.start(NAME, caller, replies, new Filling(form.number(), stage), open.branch());
        show(replies, form, registration, stage, clock);
    }

    /** Goes straight to the summary of a sent registration, to change an answer. */
    static void review(Conversations conversations, Caller caller, Replies replies, Forms.Open open,
            Registration registration, java.time.Clock clock) {
        conversations.start(NAME, caller, replies, new Filling(open.form().number(), new FillStage.Review()),
                open.branch());
        FieldPrompts.review(replies, open.form(), registration, clock);
    }

    static void show(Replies replies, Form form, Registration registration, FillStage stage, java.time.Clock clock) {
        if (stage instanceof FillStage.AskField ask) {
            FieldPrompts.ask(replies, form, ask.field(), registration.answer(ask.field()), false);
        } else if (stage instanceof FillStage.EditField edit) {
            FieldPrompts.ask(replies, form, edit.field(), registration.answer(edit.field()), true);
        } else if (stage instanceof FillStage.PickEdit) {
            FieldPrompts.pick(replies, form);
        } else {
            FieldPrompts.review(replies, form, registration, clock);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Filling> stateType() {
        return Filling.class;
    }

    @Override
    public Role minRole() {
        return Role.MEMBER;
    }

    @Override
    public Duration timeout() {
        return Duration.ofHours(12); // the answers stay; pressing "Đăng ký" again resumes
    }

    @Override
    public Next<Filling> onText(Dialogue<Filling> dialogue, String text) {
        return step(dialogue, (open, registration, stage) -> answers.typed(dialogue, open, registration, stage, text));
    }

    @Override
    public Next<Filling> onButton(Dialogue<Filling> dialogue, String choice) {
        return step(dialogue, (open, registration, stage) -> answers.pressed(dialogue, open, registration, stage,
                choice));
    }

    /** What a step does once the form is known to be open for the member: the stage it leads to, or null to end. */
    interface Step {
        FillStage apply(Forms.Open open, Registration registration, FillStage stage);
    }

    private Next<Filling> step(Dialogue<Filling> dialogue, Step step) {
        Forms.Open open;
        try {
            open = forms.open(dialogue.state().form(), dialogue.caller());
        } catch (BadInput refused) {
            dialogue.replies().say(refused.templateKey(), refused.model());
            return Next.end();
        }
        Registration registration = signups.draft(open, dialogue.caller().person());
        FillStage next = step.apply(open, registration, dialogue.state().stage());
        if (next == null) {
            return Next.end();
        }
        Registration now = signups.find(open.form(), dialogue.caller().person()).orElse(registration);
        show(dialogue.replies(), open.form(), now, next, forms.clock());
        return Next.go(new Filling(open.form().number(), next));
    }
}
