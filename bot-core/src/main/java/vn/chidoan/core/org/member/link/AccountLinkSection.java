package vn.chidoan.core.org.member.link;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.ProfileSection;

/**
 * The lines of {@code /toi} about the person's accounts: each other account they linked, with a button
 * to unlink it; and, for each other platform that is on where they have none yet, a one-time code and
 * the link that sends it there. The sandbox is for training and is never offered.
 */
@Component
@Order(100)
class AccountLinkSection implements ProfileSection {
    private final Members members;
    private final Map<Platform, DeepLinks> deepLinks;
    private final Clock clock;

    AccountLinkSection(Members members, List<DeepLinks> deepLinks, Clock clock) {
        this.members = members;
        this.deepLinks = deepLinks.stream().filter(links -> links.platform() != Platform.SANDBOX)
                .collect(Collectors.toMap(DeepLinks::platform, Function.identity(), (a, b) -> a));
        this.clock = clock;
    }

    @Override
    public List<RichText> lines(PersonId person, Replies replies) {
        List<RichText> lines = new ArrayList<>();
        Set<Platform> missing = EnumSet.noneOf(Platform.class);
        missing.addAll(deepLinks.keySet());
        for (UserRef account : members.accountsOf(person)) {
            missing.remove(account.platform());
            if (account.platform() != replies.chat().platform()) {
                lines.add(replies.render("member.link.linked", Map.of(account.platform().code(), true)));
            }
        }
        missing.remove(replies.chat().platform());
        if (!missing.isEmpty()) {
            LinkCodeStore.LinkCodeDoc code = members.links().issue(person);
            String until = Formats.time(LocalTime.ofInstant(code.expiresAt(), clock.getZone()));
            missing.forEach(platform -> {
                Map<String, Object> model = new HashMap<>(Map.of("code", code.code(), "until", until,
                        platform.code(), true));
                deepLinks.get(platform).startLink(code.code()).ifPresent(link -> model.put("link", link));
                lines.add(replies.render("member.link.offer", model));
            });
        }
        return lines;
    }

    /** One button per other account of the person: unlink it. */
    @Override
    public List<Button> buttons(PersonId person, Replies replies) {
        return members.accountsOf(person).stream().filter(a -> a.platform() != replies.chat().platform())
                .map(a -> Button.action(replies.render("member.link.unlink_button", Map.of(a.platform().code(), true))
                        .toPlainText(), LinkButtons.unlink(a.platform()))).toList();
    }
}
