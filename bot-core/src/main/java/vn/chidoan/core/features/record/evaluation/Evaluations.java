package vn.chidoan.core.features.record.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;

/**
 * The yearly evaluation's store, which year is being evaluated, and what each member did that year as
 * every feature counted it ({@link ActivityFigures}, read through the port: no feature is imported).
 */
@Component
class Evaluations {
    private static final Logger log = LoggerFactory.getLogger(Evaluations.class);

    private final EvaluationStore store;
    private final List<ActivityFigures> figures;
    private final Clock clock;

    Evaluations(MongoTemplate mongo, List<ActivityFigures> figures, Clock clock) {
        this.store = new EvaluationStore(mongo);
        this.figures = figures;
        this.clock = clock;
    }

    EvaluationStore store() {
        return store;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year being evaluated: this one, or in January the one just ended (a branch may finish late). */
    int year() {
        LocalDate today = today();
        return today.getMonth() == Month.JANUARY ? today.getYear() - 1 : today.getYear();
    }

    /** The branch's evaluation of {@link #year()}, if its BCH opened it (sent up or not). */
    Optional<Opening> open(UnitId branch) {
        return store.opening(branch, year());
    }

    /** Each member's figures of the year in the branch; a feature whose figures fail is left out, and logged. */
    Map<PersonId, YearFigures> figures(UnitId branch, int year) {
        DatePeriod period = DatePeriod.year(year);
        Map<PersonId, List<Figure>> all = new HashMap<>();
        for (ActivityFigures feature : figures) {
            try {
                feature.members(branch, period).forEach((person, theirs) ->
                        all.computeIfAbsent(person, p -> new ArrayList<>()).addAll(theirs));
            } catch (RuntimeException e) {
                log.warn("evaluation: the {} figures of {} could not be read", feature.topic(), branch.value(), e);
            }
        }
        Map<PersonId, YearFigures> years = new HashMap<>();
        all.forEach((person, theirs) -> years.put(person, YearFigures.of(theirs)));
        return years;
    }

    YearFigures figures(UnitId branch, int year, PersonId person) {
        return figures(branch, year).getOrDefault(person, YearFigures.of(List.of()));
    }
}
