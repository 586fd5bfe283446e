package vn.chidoan.core.features.form;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.unit.Unit;

/**
 * {@code /dangky_tao} as a dialogue in the creator's private chat: title, description, deadline, places
 * and waitlist, for an officer the units below that get it, then the fields one by one, then the preview
 * with "Đăng". The draft is stored at every step ({@link DraftStore}), so {@code /dangky_tao} again
 * resumes it. The dialogue is about the draft's unit: a creator who is no longer its committee (or an
 * officer above it) has the next step refused; "Đăng" posts it there only if the creator may still post
 * there at that moment.
 */
@Component
class CreateFlow implements Flow<CreateFlow.Drafting> {
    static final String NAME = "dangky_tao";

    /** Building the draft {@code draft} (its id in {@link DraftStore}, which holds the stage and what it says). */
    record Drafting(String draft) {
    }

    private final DraftStore drafts;
    private final CreateSteps steps;
    private final FormPublishing publishing;
    private final Clock clock;

    CreateFlow(DraftStore drafts, CreateSteps steps, FormPublishing publishing, Clock clock) {
        this.drafts = drafts;
        this.steps = steps;
        this.publishing = publishing;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Drafting> stateType() {
        return Drafting.class;
    }

    @Override
    public Role minRole() {
        return Role.BCH;
    }

    @Override
    public Duration timeout() {
        return Duration.ofDays(1); // the draft stays: /dangky_tao resumes it
    }

    @Override
    public Next<Drafting> onText(Dialogue<Drafting> dialogue, String text) {
        return draftOf(dialogue).map(draft -> moved(dialogue, steps.typed(draft, text))).orElseGet(() -> gone(dialogue));
    }

    @Override
    public Next<Drafting> onButton(Dialogue<Drafting> dialogue, String choice) {
        Optional<FormDraft> found = draftOf(dialogue);
        if (found.isEmpty()) {
            return gone(dialogue);
        }
        FormDraft draft = found.get();
        if (CreatePrompts.RESTART.equals(choice)) {
            return moved(dialogue, FormDraft.start(draft.creator(), draft.unit(), draft.link()));
        }
        if (draft.stage() == CreateStage.PREVIEW && CreatePrompts.PUBLISH.equals(choice)) {
            publishing.publish(draft.spec(), dialogue.caller(), draft.unit(), draft.audience(), dialogue.replies());
            drafts.delete(draft.creator());
            return Next.end();
        }
        return moved(dialogue, steps.pressed(draft, choice, publishing.children(draft.unit())));
    }

    /** Stores the draft as it now stands and asks what its stage needs. */
    private Next<Drafting> moved(Dialogue<Drafting> dialogue, FormDraft draft) {
        drafts.save(draft, clock.instant());
        ask(dialogue.replies(), draft);
        return Next.go(dialogue.state());
    }

    void ask(Replies replies, FormDraft draft) {
        List<Unit> children = draft.stage() == CreateStage.PICK_UNITS ? publishing.children(draft.unit()) : List.of();
        int branches = draft.stage() == CreateStage.AUDIENCE || draft.stage() == CreateStage.PREVIEW
                ? publishing.branches(draft.unit(), draft.audience()).size() : 0;
        CreatePrompts.ask(replies, draft, children, branches, clock);
    }

    private Optional<FormDraft> draftOf(Dialogue<Drafting> dialogue) {
        return drafts.of(new PersonId(dialogue.state().draft()));
    }

    private static Next<Drafting> gone(Dialogue<Drafting> dialogue) {
        dialogue.replies().say("conversation.expired");
        return Next.end();
    }
}
