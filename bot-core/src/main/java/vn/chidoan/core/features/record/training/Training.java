package vn.chidoan.core.features.record.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.features.record.RecordTargets;

/** The goals' store, and how a year's goals read (with, for the BCH, a button to mark each done). */
@Component
class Training {
    static final int MAX_GOALS = 10;

    private final GoalStore store;
    private final Clock clock;

    Training(MongoTemplate mongo, Clock clock) {
        this.store = new GoalStore(mongo);
        this.clock = clock;
    }

    GoalStore store() {
        return store;
    }

    int year() {
        return LocalDate.now(clock).getYear();
    }

    /** The goals as a list; for the BCH ({@code branch} not null) a button under each one not done yet. */
    void show(Goals goals, String name, UnitId branch, Replies replies) {
        List<Map<String, Object>> lines = new ArrayList<>();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < goals.items().size(); i++) {
            Goals.Goal goal = goals.items().get(i);
            lines.add(Map.of("n", i + 1, "text", goal.text(), "done", goal.done()));
            if (branch != null && !goal.done()) {
                rows.add(List.of(Button.action(replies.label("record.training.mark_button") + " " + (i + 1),
                        GoalButtons.PREFIX + ":" + RecordTargets.ref(branch, goals.person()) + ":" + goals.year() + ":"
                                + i)));
            }
        }
        Map<String, Object> model = new HashMap<>(Map.of("year", goals.year(), "lines", lines, "done", goals.done(),
                "total", goals.items().size()));
        if (!name.isEmpty()) {
            model.put("name", name);
        }
        replies.say("record.training.list", model, rows);
    }
}
