package vn.chidoan.core.features.report;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Occasion;

/**
 * Asks every {@link ActivityFigures} for its figures and sums them per branch (and per member), topics in
 * the report's order: members, meetings, fees, comments, registrations, polls, notices, then any other.
 * A report never names a feature: a new one shows up here by implementing the port.
 */
@Component
class Gathering {
    static final String MEETING = "meeting";
    static final List<String> ORDER = List.of("members", MEETING, "fee", "comment", "registration", "polls", "notice");

    private final List<ActivityFigures> sources;

    Gathering(List<ActivityFigures> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(Gathering::rank)
                .thenComparing(ActivityFigures::topic)).toList();
    }

    /** The topics there are, in the report's order. */
    List<String> topics() {
        return sources.stream().map(ActivityFigures::topic).toList();
    }

    /** Every branch's figures over the period, every topic. */
    Map<UnitId, Totals> branches(Collection<UnitId> branches, DatePeriod period) {
        Map<UnitId, Totals> totals = new LinkedHashMap<>();
        branches.forEach(b -> totals.put(b, new Totals()));
        for (ActivityFigures source : sources) {
            source.branches(branches, period).forEach((branch, figures) -> {
                Totals sum = totals.get(branch);
                if (sum != null) {
                    figures.forEach(sum::add);
                }
            });
        }
        return totals;
    }

    /** The meetings' figures of every branch, month by month. */
    Map<YearMonth, Map<UnitId, Totals>> meetingsByMonth(Collection<UnitId> branches, List<YearMonth> months) {
        Map<YearMonth, Map<UnitId, Totals>> byMonth = new LinkedHashMap<>();
        for (YearMonth month : months) {
            Map<UnitId, Totals> row = new HashMap<>();
            sources.stream().filter(s -> s.topic().equals(MEETING)).forEach(s -> s.branches(branches,
                    DatePeriod.month(month)).forEach((branch, figures) -> row.put(branch, Totals.of(figures))));
            byMonth.put(month, row);
        }
        return byMonth;
    }

    /** The branch's meetings (and any other occasions) over the period, earliest first. */
    List<Occasion> occasions(UnitId branch, DatePeriod period) {
        return sources.stream().flatMap(s -> s.occasions(branch, period).stream())
                .sorted(Comparator.comparing(Occasion::day)).toList();
    }

    /** What each member of the branch did over the period, every topic. */
    Map<PersonId, Totals> members(UnitId branch, DatePeriod period) {
        Map<PersonId, Totals> totals = new LinkedHashMap<>();
        for (ActivityFigures source : sources) {
            source.members(branch, period).forEach((person, figures) ->
                    figures.forEach(totals.computeIfAbsent(person, p -> new Totals())::add));
        }
        return totals;
    }

    static String topicOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    private static int rank(ActivityFigures source) {
        int at = ORDER.indexOf(source.topic());
        return at < 0 ? ORDER.size() : at;
    }
}
