package vn.chidoan.core.features.record.training;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.features.record.RecordOperation;
import vn.chidoan.core.features.record.RecordTarget;

/** "Rèn luyện" on a card: the member's goals this year, each with a button that marks it done. */
@Component
class GoalsOperation implements RecordOperation {
    private final Training training;

    GoalsOperation(Training training) {
        this.training = training;
    }

    @Override
    public String key() {
        return "goals";
    }

    @Override
    public Role least() {
        return Role.BCH;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void start(RecordTarget target, Replies replies) {
        training.store().find(target.entry().person(), training.year()).ifPresentOrElse(
                goals -> training.show(goals, target.name(), target.branch(), replies),
                () -> replies.say("record.training.none_yet", Map.of("name", target.name(), "year", training.year())));
    }
}
