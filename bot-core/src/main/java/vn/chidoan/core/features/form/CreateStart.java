package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.OpaqueTokens;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Where the form-building dialogue starts: always in the creator's private chat (a group would read every
 * step); typed in a group, the dialogue moves there, or the group gets a link that opens it when the bot
 * cannot write to the creator yet. A draft left for the same unit is resumed, with "Soạn mới" to start
 * over.
 */
@Component
class CreateStart {
    private final DraftStore drafts;
    private final CreateFlow flow;
    private final Conversations conversations;
    private final PrivateChannel channel;
    private final Clock clock;

    CreateStart(DraftStore drafts, CreateFlow flow, Conversations conversations, PrivateChannel channel, Clock clock) {
        this.drafts = drafts;
        this.flow = flow;
        this.conversations = conversations;
        this.channel = channel;
        this.clock = clock;
    }

    void begin(Caller caller, ChatKind where, Replies replies, UnitId unit) {
        if (unit == null || caller.person() == null) {
            throw new BadInput("form.create.no_branches");
        }
        Optional<FormDraft> left = drafts.of(caller.person()).filter(d -> d.unit().equals(unit));
        FormDraft draft = left.orElseGet(() -> FormDraft.start(caller.person(), unit, OpaqueTokens.next(Forms.LINK_LENGTH)));
        drafts.save(draft, clock.instant());
        Optional<Replies> own = channel.of(caller, where, replies);
        if (own.isEmpty()) {
            channel.startLink(replies.chat().platform(), FormStartLinks.payload(draft)).ifPresentOrElse(
                    link -> replies.say("form.create.open_private", Map.of(), List.of(List.of(
                            Button.link(replies.label("form.button.open_private"), link)))),
                    () -> replies.say("form.create.start_first"));
            return;
        }
        start(caller, own.get(), draft, left.isPresent() && draft.stage() != CreateStage.TITLE);
        if (own.get() != replies) {
            replies.say("form.create.in_private");
        }
    }

    /** Starts the dialogue at the draft's stage in the creator's private chat. */
    void start(Caller caller, Replies replies, FormDraft draft, boolean resumed) {
        if (resumed) {
            replies.say("form.create.resume", Map.of("title", draft.title() == null ? "" : draft.title()),
                    List.of(List.of(Conversations.button(replies.label("form.button.restart"), CreatePrompts.RESTART))));
        } else {
            replies.say("form.create.start");
        }
        conversations.start(CreateFlow.NAME, caller, replies, new CreateFlow.Drafting(draft.id()), draft.unit());
        flow.ask(replies, draft);
    }

    DraftStore drafts() {
        return drafts;
    }
}
