package vn.chidoan.core.features.form;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.StartPayloads;

/**
 * {@code /start dt_<token>}: the link a group shows a creator the bot cannot write to yet; it opens the
 * form-building dialogue in their private chat. Only the draft's creator may open it.
 */
@Component
class DraftStartLinks implements StartPayloads {
    private static final String PREFIX = "dt_";

    private final CreateStart start;

    DraftStartLinks(CreateStart start) {
        this.start = start;
    }

    static String payload(FormDraft draft) {
        return PREFIX + draft.link();
    }

    @Override
    public boolean recognises(String payload) {
        return payload.matches(PREFIX + "[A-Za-z0-9]{" + Forms.LINK_LENGTH + "}");
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        FormDraft draft = start.drafts().byLink(payload.substring(PREFIX.length()))
                .filter(d -> d.creator().equals(person)).orElseThrow(() -> new BadInput("form.unavailable"));
        Caller known = new Caller(person, caller.speaker(), caller.lang(), caller.unit(), caller.role(),
                caller.officerOf(), caller.admin());
        start.start(known, replies, draft, draft.stage() != CreateStage.TITLE);
    }
}
