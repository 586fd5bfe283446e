package vn.chidoan.core.features.form;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.unit.Unit;

/**
 * {@code /dangky_tao} as a dialogue in the creator's private chat: title, description, deadline, places
 * and waitlist, for an officer the units below that get it, then the fields one by one, then the preview
 * with "Đăng". The draft is stored at every step ({@link DraftStore}), so {@code /dangky_tao} again
 * resumes it. "Đăng" posts it to the unit fixed when it started, only if the creator may still post
 * there at that moment.
 */
@Component
class CreateFlow implements Flow {
    static final String NAME = "dangky_tao";
    static final String DRAFT = "draft";

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
    public Duration timeout() {
        return Duration.ofDays(1); // the draft stays: /dangky_tao resumes it
    }

    @Override
    public Next onText(Dialogue dialogue, String text) {
        return draftOf(dialogue).map(draft -> moved(dialogue, steps.typed(draft, text))).orElseGet(() -> gone(dialogue));
    }

    @Override
    public Next onButton(Dialogue dialogue, String choice) {
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
    private Next moved(Dialogue dialogue, FormDraft draft) {
        drafts.save(draft, clock.instant());
        ask(dialogue.replies(), draft);
        return Next.go(draft.stage().name(), dialogue.data());
    }

    void ask(Replies replies, FormDraft draft) {
        List<Unit> children = draft.stage() == CreateStage.PICK_UNITS ? publishing.children(draft.unit()) : List.of();
        int branches = draft.stage() == CreateStage.AUDIENCE || draft.stage() == CreateStage.PREVIEW
                ? publishing.branches(draft.unit(), draft.audience()).size() : 0;
        CreatePrompts.ask(replies, draft, children, branches, clock);
    }

    private Optional<FormDraft> draftOf(Dialogue dialogue) {
        return drafts.of(new PersonId(dialogue.data().get(DRAFT)));
    }

    private static Next gone(Dialogue dialogue) {
        dialogue.replies().say("conversation.expired");
        return Next.end();
    }

    static Map<String, String> data(FormDraft draft) {
        return Map.of(DRAFT, draft.id());
    }
}
