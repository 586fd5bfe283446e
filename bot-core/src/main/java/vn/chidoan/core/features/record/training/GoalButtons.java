package vn.chidoan.core.features.record.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.features.record.Records;

/**
 * {@code hrl:<branch>:<person>:<year>:<n>}: the BCH marks a member's goal done, checked now against
 * their role on the member's branch and their rank; the member's history says so.
 */
@Component
class GoalButtons extends RequestButtons {
    static final String PREFIX = "hrl";

    private final RecordTargets targets;
    private final Training training;
    private final Records records;
    private final Clock clock;

    GoalButtons(RecordTargets targets, Training training, Records records, Clock clock) {
        super(PREFIX);
        this.targets = targets;
        this.training = training;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        if (parts.length != 4 || !parts[2].matches("[0-9]{4}") || !parts[3].matches("[0-9]{1,2}")) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        targets.of(ctx, ctx.args(), Role.BCH).filter(t -> RecordTargets.mayAct(t, Role.BCH, false)).ifPresent(t -> {
            int year = Integer.parseInt(parts[2]);
            int index = Integer.parseInt(parts[3]);
            training.store().find(t.entry().person(), year).filter(goals -> index < goals.items().size())
                    .ifPresentOrElse(goals -> {
                        if (training.store().markDone(t.entry().person(), year, index, ctx.caller().person(),
                                LocalDate.now(clock))) {
                            records.log(new Cause(ctx.replies().eventKey(), ctx.caller().person(), clock.instant()),
                                    Operation.GOAL_DONE, t.entry().person(), t.branch(), null, null,
                                    goals.items().get(index).text(), null);
                        }
                        training.show(training.store().find(t.entry().person(), year).orElseThrow(), t.name(),
                                t.branch(), ctx.replies());
                    }, () -> ctx.replies().say("record.training.gone", Map.of("name", t.name())));
        });
    }
}
