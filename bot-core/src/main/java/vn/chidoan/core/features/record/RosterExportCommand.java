package vn.chidoan.core.features.record;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.org.member.Members;

/**
 * {@code /thanhvien_xuat}: the branch's roster with every record as .xlsx, to the asker's private chat only
 * (it holds personal data); each export is recorded ({@link ExportLog}) when it is sent.
 */
@Component
class RosterExportCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("thanhvien_xuat").minRole(Role.BCH)
            .place(Place.ANYWHERE).onBranch().build();

    private final RecordRights rights;
    private final Members members;
    private final RosterWorkbook workbook;
    private final Privately privately;
    private final ExportLog log;
    private final Clock clock;

    RosterExportCommand(RecordRights rights, Members members, RosterWorkbook workbook, Privately privately,
            ExportLog log, Clock clock) {
        this.rights = rights;
        this.members = members;
        this.workbook = workbook;
        this.privately = privately;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = rights.branchOf(ctx.caller());
        int count = members.roster(branch).size();
        if (count == 0) {
            ctx.replies().say("member.roster.empty");
            return;
        }
        boolean sent = privately.send(ctx, mine -> {
            Spreadsheet file = workbook.of(branch, mine);
            mine.send(OutgoingMessage.text(mine.render("record.export.file", Map.of("file", file.fileName(),
                    "count", count))).withAttachment(file.toAttachment()));
        });
        if (sent) {
            log.record(ctx.replies().eventKey(), branch, ctx.caller().person(), clock.instant(), count);
        }
    }
}
