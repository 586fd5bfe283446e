package vn.chidoan.core.org.member.link;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.StartPayloads;

/**
 * {@code /start <LK…>}, which the link in {@code /toi} sends on the person's other platform: that
 * account becomes one of theirs. No consent is asked: the code shows that the person who agreed to
 * the data terms is linking their own account.
 */
@Component
class LinkCodeRedeemer implements StartPayloads {
    private final Members members;

    LinkCodeRedeemer(Members members) {
        this.members = members;
    }

    @Override
    public boolean recognises(String payload) {
        return LinkCodeStore.looksLike(payload);
    }

    @Override
    public boolean needsConsent() {
        return false;
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        AccountLinks.Result result = members.links().link(payload, caller.user());
        Map<String, Object> model = Map.of(caller.user().platform().code(), true);
        replies.say(result == AccountLinks.Result.LINKED ? "member.link.done" : "member.link.already", model);
    }
}
