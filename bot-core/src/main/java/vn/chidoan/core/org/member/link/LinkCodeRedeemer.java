package vn.chidoan.core.org.member.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.Belonging;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.StartPayloads;

/**
 * {@code /start <LK…>}, which the link in {@code /toi} sends on the person's other platform. Opening it
 * only asks: the question names the profile the account would join (name, where they belong, their
 * platforms) and says that only that person should accept ({@link LinkButtons} does the rest). No
 * consent is asked: accepting links the account to a person who agreed to the data terms.
 */
@Component
class LinkCodeRedeemer implements StartPayloads {
    private final Members members;
    private final List<Belonging> belonging;

    LinkCodeRedeemer(Members members, List<Belonging> belonging) {
        this.members = members;
        this.belonging = List.copyOf(belonging);
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
        AccountLinks.Offer offer = members.links().offer(payload, caller.user(), !caller.officerOf().isEmpty());
        if (offer.person().equals(caller.person())) {
            replies.say("member.link.already", Map.of(caller.user().platform().code(), true));
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("here", Map.of(caller.user().platform().code(), true));
        model.put("platforms", offer.platforms().stream().map(p -> Map.of(p.code(), true)).toList());
        if (offer.name() != null) {
            model.put("name", offer.name());
        }
        String places = belonging.stream().flatMap(b -> b.of(offer.person(), replies).stream())
                .map(RichText::markup).collect(Collectors.joining("\n"));
        if (!places.isEmpty()) {
            model.put("places", places);
        }
        replies.say("member.link.ask", model, List.of(
                List.of(Button.action(replies.label("member.link.accept_button"), LinkButtons.accept(offer.code()))),
                List.of(Button.action(replies.label("member.link.decline_button"), LinkButtons.DECLINE))));
    }
}
