package vn.chidoan.core.org.member;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.org.member.roster.MembershipStore.MembershipDoc;

/**
 * The rosters' figures (topic {@code members}) over a period, per branch: members at its end
 * ({@code members.count}), who joined in it ({@code members.joined}) and who left it ({@code members.left},
 * removed by the BCH). A member who left and joined again counts from their last joining. Transfers and
 * maturing out are the member records' own figures. Nothing per member.
 */
@Component
class MemberFigures implements ActivityFigures {
    static final String TOPIC = "members";
    static final String COUNT = TOPIC + ".count";
    static final String JOINED = TOPIC + ".joined";
    static final String LEFT = TOPIC + ".left";

    private final Members members;
    private final Clock clock;

    MemberFigures(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<UnitId, List<Figure>> branches(Collection<UnitId> branches, DatePeriod period) {
        Instant from = period.startIn(clock.getZone());
        Instant until = period.endIn(clock.getZone());
        Map<String, long[]> counts = new HashMap<>();
        List<MembershipDoc> all = branches.isEmpty() ? List.of()
                : members.memberships().histories(branches.stream().map(UnitId::value).toList());
        for (MembershipDoc membership : all) {
            long[] c = counts.computeIfAbsent(membership.branch(), b -> new long[3]);
            Instant joined = membership.joinedAt();
            Instant removed = membership.removedAt();
            boolean joinedBefore = joined != null && joined.isBefore(until);
            c[0] += joinedBefore && (removed == null || !removed.isBefore(until)) ? 1 : 0;
            c[1] += joinedBefore && !joined.isBefore(from) ? 1 : 0;
            c[2] += removed != null && !removed.isBefore(from) && removed.isBefore(until) ? 1 : 0;
        }
        Map<UnitId, List<Figure>> figures = new LinkedHashMap<>();
        for (UnitId branch : branches) {
            long[] c = counts.getOrDefault(branch.value(), new long[3]);
            figures.put(branch, List.of(Figure.count(COUNT, c[0]), Figure.count(JOINED, c[1]),
                    Figure.count(LEFT, c[2])));
        }
        return figures;
    }

    @Override
    public Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period) {
        return Map.of();
    }
}
