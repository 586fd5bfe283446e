package vn.chidoan.core.features.poll;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * Polls' figures ({@code polls}) over a period, counted from the polls asked in it: per branch, how many
 * reached it ({@code polls.asked}) and how many answers its members gave to polls that name voters
 * ({@code polls.answered}); per member, how many such polls they answered. Anonymous ballots are counted
 * per branch only as polls asked: who cast them is not a figure.
 */
@Component
class PollFigures implements ActivityFigures {
    static final String ASKED = "polls.asked";
    static final String ANSWERED = "polls.answered";

    private final Polls polls;

    PollFigures(Polls polls) {
        this.polls = polls;
    }

    @Override
    public String topic() {
        return "polls";
    }

    @Override
    public Map<UnitId, List<Figure>> branches(Collection<UnitId> branches, DatePeriod period) {
        Map<UnitId, Long> asked = new HashMap<>();
        Map<UnitId, Long> answered = new HashMap<>();
        for (Poll poll : asked(branches, period)) {
            poll.branches().stream().filter(branches::contains).forEach(b -> asked.merge(b, 1L, Long::sum));
            polls.votes().ofPoll(poll.number()).forEach(v -> answered.merge(v.branch(), 1L, Long::sum));
        }
        Map<UnitId, List<Figure>> figures = new LinkedHashMap<>();
        for (UnitId branch : branches) {
            figures.put(branch, List.of(Figure.count(ASKED, asked.getOrDefault(branch, 0L)),
                    Figure.count(ANSWERED, answered.getOrDefault(branch, 0L))));
        }
        return figures;
    }

    @Override
    public Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period) {
        Map<PersonId, Long> answered = new LinkedHashMap<>();
        for (Poll poll : asked(List.of(branch), period)) {
            polls.votes().ofPoll(poll.number()).stream().filter(v -> v.branch().equals(branch))
                    .forEach(v -> answered.merge(v.person(), 1L, Long::sum));
        }
        Map<PersonId, List<Figure>> figures = new LinkedHashMap<>();
        answered.forEach((person, count) -> figures.put(person, List.of(Figure.count(ANSWERED, count))));
        return figures;
    }

    private List<Poll> asked(Collection<UnitId> branches, DatePeriod period) {
        return polls.store().createdBetween(branches, start(period.from()), start(period.until()));
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(polls.clock().getZone()).toInstant();
    }
}
