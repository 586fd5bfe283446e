package vn.chidoan.core.features.record.training;

import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/** A member's training goals for a year, in the order they wrote them, each done or not. */
record Goals(PersonId person, UnitId branch, int year, List<Goal> items) {

    record Goal(String text, boolean done) {
    }

    Goals {
        items = List.copyOf(items);
    }

    long done() {
        return items.stream().filter(Goal::done).count();
    }
}
