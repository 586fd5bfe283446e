package vn.chidoan.core.features.record.evaluation;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.features.record.Privately;
import vn.chidoan.core.features.record.RecordRights;

/**
 * {@code /danhgia_ketqua}: the BCH's view of the year's evaluation, in their private chat only (it holds
 * personal data): the list with each member's grades and figures and a button to open each, and the
 * .xlsx file.
 */
@Component
class EvaluationResultsCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("danhgia_ketqua").minRole(Role.BCH)
            .place(Place.ANYWHERE).onBranch().build();

    private final RecordRights rights;
    private final Evaluations evaluations;
    private final EvaluationCards cards;
    private final EvaluationWorkbook workbook;
    private final Privately privately;

    EvaluationResultsCommand(RecordRights rights, Evaluations evaluations, EvaluationCards cards, EvaluationWorkbook workbook,
            Privately privately) {
        this.rights = rights;
        this.evaluations = evaluations;
        this.cards = cards;
        this.workbook = workbook;
        this.privately = privately;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = rights.branchOf(ctx.caller());
        rights.require(ctx.caller(), branch, Role.BCH, SPEC.name());
        Optional<Opening> opening = evaluations.open(branch);
        if (opening.isEmpty()) {
            throw new BadInput("record.evaluation.none_opened", Map.of("year", evaluations.year()));
        }
        privately.send(ctx, mine -> {
            cards.list(branch, opening.get(), mine);
            Spreadsheet file = workbook.of(branch, opening.get().year(), mine);
            mine.send(OutgoingMessage.text(mine.render("record.evaluation.file", Map.of("file", file.fileName())))
                    .withAttachment(file.toAttachment()));
        });
    }
}
