package vn.chidoan.core.features.record.evaluation;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.features.record.RecordRights;

/**
 * {@code /danhgia_mo <hạn>}: the BCH opens the year's evaluation of their branch with a deadline (or moves
 * the deadline of the one open); the branch is told wherever it was typed ({@link OpeningAnnouncement});
 * members then assess themselves with {@code /danhgia}, and those who have not are reminded before the
 * deadline.
 */
@Component
class OpenEvaluationCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("danhgia_mo").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.REQUIRED).onBranch().build();

    private final RecordRights rights;
    private final Evaluations evaluations;
    private final EvaluationReminders reminders;
    private final OpeningAnnouncement announcement;

    OpenEvaluationCommand(RecordRights rights, Evaluations evaluations, EvaluationReminders reminders,
            OpeningAnnouncement announcement) {
        this.rights = rights;
        this.evaluations = evaluations;
        this.reminders = reminders;
        this.announcement = announcement;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = rights.branchOf(ctx.caller());
        rights.require(ctx.caller(), branch, Role.BCH, SPEC.name());
        LocalDate today = evaluations.today();
        int year = evaluations.year();
        LocalDate deadline = DateInput.date(ctx.args(), today)
                .orElseThrow(() -> new BadInput("record.evaluation.bad_deadline", Map.of("typed", ctx.args())));
        if (deadline.isBefore(today) || deadline.isAfter(LocalDate.of(year + 1, 3, 31))) {
            throw new BadInput("record.evaluation.deadline_out", Map.of("typed", Formats.date(deadline),
                    "today", Formats.date(today), "year", year));
        }
        evaluations.store().open(branch, year, deadline, ctx.caller().person(), evaluations.clock().instant());
        Opening opening = evaluations.store().opening(branch, year).orElseThrow();
        reminders.plan(opening);
        announcement.announce(opening, ctx.replies(), ctx.message().kind() == ChatKind.GROUP);
    }
}
