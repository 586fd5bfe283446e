package vn.chidoan.core.features.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.work.Jobs;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Starts an officer's report over their subtree as a durable job ({@link UnitReportJob}, keyed by the
 * command's event, so a replay starts nothing new) and answers at once that it is under way.
 */
@Component
class SubtreeReports {
    private final Jobs jobs;
    private final Organisation org;
    private final Clock clock;

    SubtreeReports(Jobs jobs, Organisation org, Clock clock) {
        this.jobs = jobs;
        this.org = org;
        this.clock = clock;
    }

    void start(CommandContext ctx, UnitId unit, String word, ReportPeriod period) {
        String event = ctx.replies().eventKey();
        jobs.start("baocao:" + event, UnitReportJob.KIND, UnitReportJob.params(event, ctx.caller().person(), unit,
                ctx.caller().user().privateChat(), ctx.replies().lang(), word, LocalDate.now(clock)));
        Map<String, Object> model = new HashMap<>(period.model());
        model.put("unit", org.unit(unit).map(Unit::name).orElse(unit.value()));
        ctx.replies().say("report.working", model);
    }
}
