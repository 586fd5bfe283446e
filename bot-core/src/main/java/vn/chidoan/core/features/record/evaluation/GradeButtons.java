package vn.chidoan.core.features.record.evaluation;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;
import vn.chidoan.core.kernel.pipeline.Roles;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.Notify;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordTarget;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.features.record.Records;

/**
 * The grade buttons of a member's card, {@code <prefix>:<branch>:<person>:<year>:<grade 1-4>}: the BCH
 * proposes ({@link Propose}), the secretary decides ({@link Decide}). Each press is a request checked
 * now against the presser's role on the member's own branch and their rank (nobody grades themselves;
 * the secretary's own grade is an officer's to decide), and only while the branch's evaluation of that
 * year exists.
 */
abstract class GradeButtons extends RequestButtons {
    private final RecordTargets targets;
    private final Evaluations evaluations;
    private final EvaluationCards cards;
    private final Role least;

    GradeButtons(String prefix, RecordTargets targets, Evaluations evaluations, EvaluationCards cards, Role least) {
        super(prefix);
        this.targets = targets;
        this.evaluations = evaluations;
        this.cards = cards;
        this.least = least;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        Optional<Grade> grade = parts.length == 4 && parts[3].matches("[1-4]")
                ? Optional.of(Grade.values()[Integer.parseInt(parts[3]) - 1]) : Optional.empty();
        Optional<Integer> year = year(ctx, 4);
        if (grade.isEmpty() || year.isEmpty()) {
            return;
        }
        Optional<RecordTarget> target = targets.of(ctx, ctx.args(), least);
        if (target.isEmpty()) {
            return;
        }
        if (!RecordTargets.mayAct(target.get(), least, false)) {
            ctx.toast(target.get().self() ? "record.evaluation.not_self" : Roles.buttonRefusalKey(Role.OFFICER));
            return;
        }
        if (evaluations.store().opening(target.get().branch(), year.get()).isEmpty()) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        act(ctx, target.get(), year.get(), grade.get());
        cards.card(target.get(), year.get(), ctx.replies());
    }

    abstract void act(ButtonContext ctx, RecordTarget target, int year, Grade grade);

    Evaluations evaluations() {
        return evaluations;
    }

    /** The year in the press's args at {@code parts} parts; a toast and nothing when they are not a press of ours. */
    static Optional<Integer> year(ButtonContext ctx, int parts) {
        String[] split = ctx.args().split(":");
        if (split.length != parts || !split[2].matches("20[0-9]{2}")) {
            ctx.toast("pipeline.button_expired");
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(split[2]));
    }

    /** {@code dgp}: a BCH member proposes a grade, until the secretary decides. */
    @Component
    static class Propose extends GradeButtons {
        static final String PREFIX = "dgp";

        Propose(RecordTargets targets, Evaluations evaluations, EvaluationCards cards) {
            super(PREFIX, targets, evaluations, cards, Role.BCH);
        }

        @Override
        void act(ButtonContext ctx, RecordTarget target, int year, Grade grade) {
            if (!evaluations().store().propose(target.entry().person(), target.branch(), year, grade,
                    ctx.caller().person(), evaluations().clock().instant())) {
                ctx.toast("record.evaluation.already_decided");
            }
        }
    }

    /**
     * {@code dgd}: the secretary decides (and may change the decision); the member's history records it
     * and the member is told in private.
     */
    @Component
    static class Decide extends GradeButtons {
        static final String PREFIX = "dgd";

        private final Records records;
        private final Notify notify;

        Decide(RecordTargets targets, Evaluations evaluations, EvaluationCards cards, Records records, Notify notify) {
            super(PREFIX, targets, evaluations, cards, Role.SECRETARY);
            this.records = records;
            this.notify = notify;
        }

        @Override
        void act(ButtonContext ctx, RecordTarget target, int year, Grade grade) {
            if (!evaluations().store().decide(target.entry().person(), target.branch(), year, grade,
                    ctx.caller().person(), evaluations().clock().instant())) {
                return;
            }
            String cause = ctx.replies().eventKey();
            records.log(new Cause(cause, ctx.caller().person(), evaluations().clock().instant()), Operation.CLASSIFIED,
                    target.entry().person(), target.branch(), evaluations().today(), grade.key(), null, null);
            notify.to(cause + ":graded", target.entry().person()).ifPresent(member -> member.say(
                    "record.evaluation.decided_note", Map.of("year", year,
                            "grade", member.label("record.grade." + grade.key()))));
        }
    }
}
