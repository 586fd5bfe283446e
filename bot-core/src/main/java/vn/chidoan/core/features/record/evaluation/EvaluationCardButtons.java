package vn.chidoan.core.features.record.evaluation;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;
import vn.chidoan.core.features.record.RecordTargets;

/**
 * {@code dgm:<branch>:<person>:<year>}: the BCH opens a member's evaluation card from the list, checked
 * now against their role on the member's branch.
 */
@Component
class EvaluationCardButtons extends RequestButtons {
    static final String PREFIX = "dgm";

    private final RecordTargets targets;
    private final EvaluationCards cards;

    EvaluationCardButtons(RecordTargets targets, EvaluationCards cards) {
        super(PREFIX);
        this.targets = targets;
        this.cards = cards;
    }

    @Override
    public void handle(ButtonContext ctx) {
        GradeButtons.year(ctx, 3).ifPresent(year -> targets.of(ctx, ctx.args(), Role.BCH)
                .ifPresent(target -> cards.card(target, year, ctx.replies())));
    }
}
