package vn.chidoan.core.features.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Standings;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.ProfileSection;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * {@code /toi}: my year so far in every branch I am in — meetings attended, fees paid, registrations, poll
 * and comment answers, notices seen — and my classification once decided ({@link Standings}, from the
 * member records; "not decided yet" while there is none).
 */
@Component
@Order(60)
class YearSection implements ProfileSection {
    private final Gathering gathering;
    private final Members members;
    private final List<Standings> standings;
    private final Clock clock;

    YearSection(Gathering gathering, Members members, List<Standings> standings, Clock clock) {
        this.gathering = gathering;
        this.members = members;
        this.standings = List.copyOf(standings);
        this.clock = clock;
    }

    @Override
    public List<RichText> lines(PersonId person, Replies replies) {
        List<Membership> memberships = members.membershipsOf(person);
        if (memberships.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        DatePeriod soFar = new DatePeriod(today.withDayOfYear(1), today.plusDays(1));
        Totals mine = new Totals();
        for (Membership membership : memberships) {
            Totals there = gathering.members(membership.branch(), soFar).get(person);
            if (there != null) {
                mine.plus(there);
            }
        }
        Map<String, Object> model = FigureModel.of(mine);
        model.put("year", today.getYear());
        classification(person, today.getYear())
                .ifPresent(key -> model.put("classification", replies.label("activity.classification." + key)));
        return List.of(replies.render("report.me.year", model));
    }

    private Optional<String> classification(PersonId person, int year) {
        return standings.stream().map(s -> s.classification(person, year)).flatMap(Optional::stream)
                .filter(Standings.KEYS::contains).findFirst();
    }
}
