package vn.chidoan.core.features.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.work.JobKind;
import vn.chidoan.core.org.unit.Organisation;

/**
 * An officer's {@code /baocao} as a job, off the inbound lanes (a province has thousands of branches): the
 * command answered at once ({@link SubtreeReports}); the job sends the totals, the charts and the files to
 * the officer's private chat as replies of the command's event ({@code in:<event>:report:<n>}), so a job
 * run twice sends them once. The period is the one of the day it was asked, whenever the job runs. The
 * officer's right is checked again when the job runs: one who stopped leading the unit (or a unit above
 * it) in between gets a refusal, not the subtree's figures.
 */
@Component
class UnitReportJob implements JobKind {
    static final String KIND = "report";

    private final UnitReport report;
    private final Outbox outbox;
    private final Texts texts;
    private final Organisation org;

    UnitReportJob(UnitReport report, Outbox outbox, Texts texts, Organisation org) {
        this.report = report;
        this.outbox = outbox;
        this.texts = texts;
        this.org = org;
    }

    static Map<String, String> params(String eventKey, PersonId officer, UnitId unit, ChatRef chat, String lang,
            String word, LocalDate day) {
        return Map.of("event", eventKey, "officer", officer.value(), "unit", unit.value(), "chat", chat.key(),
                "lang", lang, "period", word, "day", day.toString());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(String id, Map<String, String> params) {
        ReportPeriod period = ReportPeriod.named(params.get("period"), LocalDate.parse(params.get("day")))
                .orElseThrow(() -> new IllegalArgumentException("no such period: " + params.get("period")));
        UnitId unit = new UnitId(params.get("unit"));
        if (!stillLeads(params.get("officer"), unit)) {
            replies(params).say("report.no_longer_officer");
            return;
        }
        report.answer(unit, period, replies(params));
    }

    private boolean stillLeads(String officer, UnitId unit) {
        Set<UnitId> led = officer == null ? Set.of() : org.officerUnits(new PersonId(officer));
        return led.contains(unit) || org.unit(unit).map(u -> u.ancestors().stream().anyMatch(led::contains))
                .orElse(false);
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
