package vn.chidoan.core.org.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.org.member.Belonging;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.member.ProfileSection;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.pipeline.Roles;

/**
 * Where a person belongs: their branches and roles, the units they lead; in {@code /toi}, and in the
 * question a link code asks about the profile it would join.
 */
@Component
@Order(0)
class OrgProfile implements ProfileSection, Belonging {
    private final Organisation org;
    private final Members members;

    OrgProfile(Organisation org, Members members) {
        this.org = org;
        this.members = members;
    }

    @Override
    public List<RichText> lines(PersonId person, Replies replies) {
        List<RichText> lines = of(person, replies);
        if (lines.isEmpty()) {
            lines.add(replies.render("org.profile.nowhere", Map.of()));
        }
        return lines;
    }

    /** The person's branches with their role, and the units they lead; none when they belong nowhere. */
    @Override
    public List<RichText> of(PersonId person, Replies replies) {
        List<RichText> lines = new ArrayList<>();
        for (Membership membership : members.membershipsOf(person)) {
            org.unit(membership.branch()).ifPresent(branch -> lines.add(replies.render("org.profile.branch",
                    Map.of("branch", branch.name(), "role", Roles.label(replies, membership.role())))));
        }
        for (Unit unit : org.units().byIds(org.officerUnits(person))) {
            lines.add(replies.render("org.profile.officer", Map.of("unit", unit.name())));
        }
        return lines;
    }
}
