package vn.chidoan.core.features.report;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;

/** Starts an officer's report over their subtree. */
@Component
class SubtreeReports {
    private final UnitReport report;

    SubtreeReports(UnitReport report) {
        this.report = report;
    }

    void start(CommandContext ctx, UnitId unit, ReportPeriod period) {
        report.answer(unit, period, ctx.replies());
    }
}
