package vn.chidoan.core.features.report;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.org.activity.ReportPart;
import vn.chidoan.core.org.unit.Organisation;

/**
 * {@code /baocao [tháng|quý|năm]}: the report of the caller's branch (in its group, or the BCH's branch in
 * private), or of an officer's whole subtree (in private); {@code /baocao caidat …} the unit's ranking
 * criteria; another word hands over to the feature whose {@link ReportPart} it names ({@code /baocao hop}).
 * The role is checked on the unit the report is about, when it is made.
 */
@Component
class ReportCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("baocao").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.OPTIONAL).build(); // an officer's is their subtree's

    private final BranchReport branchReport;
    private final SubtreeReports subtreeReports;
    private final SettingsCommand settings;
    private final List<ReportPart> parts;
    private final Organisation org;
    private final Clock clock;

    ReportCommand(BranchReport branchReport, SubtreeReports subtreeReports, SettingsCommand settings,
            List<ReportPart> parts, Organisation org, Clock clock) {
        this.branchReport = branchReport;
        this.subtreeReports = subtreeReports;
        this.settings = settings;
        this.parts = List.copyOf(parts);
        this.org = org;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Caller caller = ctx.caller();
        UnitId unit = caller.unit();
        if (unit == null) {
            throw new BadInput("report.no_unit");
        }
        String args = ctx.args().strip();
        String word = DateInput.plain(args.split("\\s+", 2)[0]);
        boolean branch = org.isBranch(unit);
        for (ReportPart part : parts) {
            if (part.words().contains(word)) {
                if (!branch) {
                    throw new BadInput("report.part_needs_branch");
                }
                part.answer(ctx, unit);
                return;
            }
        }
        if (word.equals("caidat")) {
            settings.handle(ctx, unit, branch, args.substring(Math.min(args.length(), "caidat".length())).strip());
            return;
        }
        ReportPeriod period = ReportPeriod.named(word, LocalDate.now(clock))
                .orElseThrow(() -> new BadInput("command.baocao.usage"));
        if (branch) {
            branchReport.answer(unit, period, ctx.replies(),
                    ctx.message().kind() == ChatKind.GROUP ? caller.user().privateChat() : null);
        } else {
            subtreeReports.start(ctx, unit, word, period);
        }
    }
}
