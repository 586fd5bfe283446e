package vn.chidoan.core.features.form;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.StartPayloads;
import vn.chidoan.core.org.member.TokenPayload;

/**
 * The links a group shows someone the bot cannot write to yet, each opening their private chat:
 * {@code /start dk_<token>} at a form, for a member to register after the usual checks (whoever the form
 * is not for learns nothing about it); {@code /start dt_<token>} at a draft, for its creator only, to go on
 * building it. The tokens are the form's and the draft's own random ones.
 */
@Component
class FormStartLinks implements StartPayloads {
    private static final TokenPayload FORM = new TokenPayload("dk_", Forms.LINK_LENGTH);
    private static final TokenPayload DRAFT = new TokenPayload("dt_", Forms.LINK_LENGTH);

    private final Registering registering;
    private final CreateStart start;

    FormStartLinks(Registering registering, CreateStart start) {
        this.registering = registering;
        this.start = start;
    }

    static String payload(Form form) {
        return FORM.of(form.link());
    }

    static String payload(FormDraft draft) {
        return DRAFT.of(draft.link());
    }

    @Override
    public boolean recognises(String payload) {
        return FORM.matches(payload) || DRAFT.matches(payload);
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        Caller known = caller.as(person);
        if (DRAFT.matches(payload)) {
            FormDraft draft = start.drafts().byLink(DRAFT.token(payload)).filter(d -> d.creator().equals(person))
                    .orElseThrow(() -> new BadInput("form.unavailable"));
            start.start(known, replies, draft, draft.stage() != CreateStage.TITLE);
            return;
        }
        Form form = registering.forms().byLink(FORM.token(payload)).orElseThrow(() -> new BadInput("form.unavailable"));
        registering.begin(replies, registering.forms().open(form.number(), known), known);
    }
}
