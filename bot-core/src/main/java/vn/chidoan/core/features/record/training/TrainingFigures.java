package vn.chidoan.core.features.record.training;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;

/**
 * Training goals for evaluation and reports (topic {@code training}): per member {@code training.goals}
 * (goals done out of goals set in the period's year), per branch the same summed.
 */
@Component
class TrainingFigures implements ActivityFigures {
    private final Training training;

    TrainingFigures(Training training) {
        this.training = training;
    }

    @Override
    public String topic() {
        return "training";
    }

    @Override
    public Map<UnitId, List<Figure>> branches(Collection<UnitId> branches, DatePeriod period) {
        Map<UnitId, List<Figure>> figures = new HashMap<>();
        for (UnitId branch : branches) {
            List<Goals> all = training.store().ofBranch(branch, period.from().getYear());
            if (!all.isEmpty()) {
                figures.put(branch, List.of(Figure.ratio("training.goals", all.stream().mapToLong(Goals::done).sum(),
                        all.stream().mapToLong(g -> g.items().size()).sum())));
            }
        }
        return figures;
    }

    @Override
    public Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period) {
        Map<PersonId, List<Figure>> figures = new HashMap<>();
        training.store().ofBranch(branch, period.from().getYear()).forEach(goals -> figures.put(goals.person(),
                List.of(Figure.ratio("training.goals", goals.done(), goals.items().size()))));
        return figures;
    }
}
