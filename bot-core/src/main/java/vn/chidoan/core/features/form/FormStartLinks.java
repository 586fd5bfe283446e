package vn.chidoan.core.features.form;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.StartPayloads;

/**
 * {@code /start dk_<token>}: the link a group shows a member the bot cannot write to yet; it opens their
 * private chat at the form, after the usual checks. The token is the form's own random one, so forms
 * cannot be reached by counting, and whoever the form is not for learns nothing about it.
 */
@Component
class FormStartLinks implements StartPayloads {
    private static final String PREFIX = "dk_";

    private final Registering registering;

    FormStartLinks(Registering registering) {
        this.registering = registering;
    }

    static String payload(Form form) {
        return PREFIX + form.link();
    }

    @Override
    public boolean recognises(String payload) {
        return payload.matches(PREFIX + "[A-Za-z0-9]{" + Forms.LINK_LENGTH + "}");
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        Caller known = new Caller(person, caller.speaker(), caller.lang(), caller.unit(), caller.role(),
                caller.officerOf(), caller.admin());
        Form form = registering.forms().byLink(payload.substring(PREFIX.length()))
                .orElseThrow(() -> new BadInput("form.unavailable"));
        registering.begin(replies, registering.forms().open(form.number(), known), known);
    }
}
