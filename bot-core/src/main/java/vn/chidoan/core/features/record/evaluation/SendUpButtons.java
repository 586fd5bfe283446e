package vn.chidoan.core.features.record.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.pipeline.Roles;
import vn.chidoan.core.features.record.Notify;
import vn.chidoan.core.features.record.RecordRights;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;
import vn.chidoan.core.org.unit.UnitDirectory;

/**
 * {@code dgs:<branch>:<year>}: the secretary sends the decided evaluation, as .xlsx, to the officers of the
 * nearest unit above that has any, each in their private chat and language. Checked now: the presser is the
 * branch's secretary (or above), and every member on the roster has a decided grade. Keyed by the press, so
 * a replayed press sends nobody a second file.
 */
@Component
class SendUpButtons extends RequestButtons {
    static final String PREFIX = "dgs";

    private final RecordRights rights;
    private final Evaluations evaluations;
    private final EvaluationWorkbook workbook;
    private final Members members;
    private final UnitDirectory directory;
    private final Organisation org;
    private final Notify notify;

    SendUpButtons(RecordRights rights, Evaluations evaluations, EvaluationWorkbook workbook, Members members,
            UnitDirectory directory, Organisation org, Notify notify) {
        super(PREFIX);
        this.rights = rights;
        this.evaluations = evaluations;
        this.workbook = workbook;
        this.members = members;
        this.directory = directory;
        this.org = org;
        this.notify = notify;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        if (parts.length != 2 || !parts[1].matches("20[0-9]{2}")) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        UnitId branch = new UnitId(parts[0]);
        int year = Integer.parseInt(parts[1]);
        if (!rights.holds(ctx.caller(), branch, Role.SECRETARY)) {
            ctx.toast(Roles.buttonRefusalKey(Role.SECRETARY));
            return;
        }
        if (evaluations.store().opening(branch, year).isEmpty()) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        Set<PersonId> decided = evaluations.store().ofBranch(branch, year).stream().filter(e -> e.decided() != null)
                .map(Entry::person).collect(Collectors.toSet());
        List<String> undecided = members.roster(branch).stream().filter(m -> !decided.contains(m.person()))
                .map(EvaluationCards::name).toList();
        if (!undecided.isEmpty()) {
            ctx.replies().say("record.evaluation.undecided", Map.of("count", undecided.size(),
                    "names", String.join(", ", undecided)));
            return;
        }
        Optional<UnitDirectory.Leaders> above = directory.leadersAbove(branch);
        List<Replies> reached = notify.to(ctx.replies().eventKey() + ":evaluation",
                above.map(UnitDirectory.Leaders::officers).orElse(List.of()));
        String branchName = org.unit(branch).map(Unit::name).orElse("?");
        for (Replies officer : reached) {
            Spreadsheet file = workbook.of(branch, year, officer);
            officer.send(OutgoingMessage.text(officer.render("record.evaluation.received",
                    Map.of("branch", branchName, "year", year, "count", decided.size(), "file", file.fileName())))
                    .withAttachment(file.toAttachment()));
        }
        if (reached.isEmpty()) {
            ctx.replies().say("record.evaluation.no_officer");
            return;
        }
        evaluations.store().sent(branch, year, evaluations.clock().instant());
        ctx.replies().say("record.evaluation.sent", Map.of("year", year, "unit",
                above.flatMap(a -> org.unit(a.unit())).map(Unit::name).orElse("?"), "officers", reached.size()));
    }
}
