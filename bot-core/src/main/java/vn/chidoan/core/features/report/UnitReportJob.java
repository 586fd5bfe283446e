package vn.chidoan.core.features.report;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.work.JobKind;

/**
 * An officer's {@code /baocao} as a job, off the inbound lanes (a province has thousands of branches): the
 * command answered at once ({@link SubtreeReports}); the job sends the totals, the charts and the files to
 * the officer's private chat as replies of the command's event ({@code in:<event>:report:<n>}), so a job
 * run twice sends them once. The period is the one of the day it was asked, whenever the job runs.
 */
@Component
class UnitReportJob implements JobKind {
    static final String KIND = "report";

    private final UnitReport report;
    private final Outbox outbox;
    private final Texts texts;

    UnitReportJob(UnitReport report, Outbox outbox, Texts texts) {
        this.report = report;
        this.outbox = outbox;
        this.texts = texts;
    }

    static Map<String, String> params(String eventKey, UnitId unit, ChatRef chat, String lang, String word,
            LocalDate day) {
        return Map.of("event", eventKey, "unit", unit.value(), "chat", chat.key(), "lang", lang, "period", word,
                "day", day.toString());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(String id, Map<String, String> params) {
        ReportPeriod period = ReportPeriod.named(params.get("period"), LocalDate.parse(params.get("day")))
                .orElseThrow(() -> new IllegalArgumentException("no such period: " + params.get("period")));
        report.answer(new UnitId(params.get("unit")), period, replies(params));
    }

    @Override
    public void gaveUp(String id, Map<String, String> params) {
        replies(params).say("report.failed");
    }

    private Replies replies(Map<String, String> params) {
        return new Replies(outbox, texts, params.get("event") + ":report", ChatRef.parse(params.get("chat")), null,
                params.get("lang"));
    }
}
