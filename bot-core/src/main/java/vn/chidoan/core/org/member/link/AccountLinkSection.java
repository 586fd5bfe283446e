package vn.chidoan.core.org.member.link;

import java.time.Clock;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
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
 * The line of {@code /toi} that offers to link the person's account on each other platform that is on
 * and where they have none yet: a one-time code, and the link that sends it there. The sandbox is for
 * training and is never offered.
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
        Set<Platform> missing = EnumSet.noneOf(Platform.class);
        missing.addAll(deepLinks.keySet());
        members.accountsOf(person).stream().map(UserRef::platform).forEach(missing::remove);
        if (missing.isEmpty()) {
            return List.of();
        }
        LinkCodeStore.LinkCodeDoc code = members.links().issue(person);
        String until = Formats.time(LocalTime.ofInstant(code.expiresAt(), clock.getZone()));
        return missing.stream().map(platform -> {
            Map<String, Object> model = new HashMap<>(Map.of("code", code.code(), "until", until, platform.code(), true));
            deepLinks.get(platform).startLink(code.code()).ifPresent(link -> model.put("link", link));
            return replies.render("member.link.offer", model);
        }).toList();
    }
}
