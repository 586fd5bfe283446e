package vn.chidoan.core.features.record;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.StartPayloads;

/**
 * {@code /start hs}, which the link under "open the private chat" sends: the chat is open now, and the
 * BCH asks again (presses the member's name, types the command).
 */
@Component
class OpenPrivateChat implements StartPayloads {
    static final String PAYLOAD = "hs";

    @Override
    public boolean recognises(String payload) {
        return PAYLOAD.equals(payload);
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        replies.say("record.private.open");
    }
}
