package vn.chidoan.core.features.record.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.features.record.RecordRights;
import vn.chidoan.core.org.unit.Organisation;

/**
 * {@code /ketnap <họ tên> <ngày sinh>}: the BCH proposes a new member, aged 16 to 30, to the unit above.
 * An officer typing {@code /ketnap} alone gets the proposals waiting below them, with their buttons.
 */
@Component
class AdmissionCommand implements Command {
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 30;
    private static final CommandSpec SPEC = CommandSpec.command("ketnap").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Admissions admissions;
    private final RecordRights rights;
    private final Organisation org;
    private final Clock clock;

    AdmissionCommand(Admissions admissions, RecordRights rights, Organisation org, Clock clock) {
        this.admissions = admissions;
        this.rights = rights;
        this.org = org;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        if (!ctx.hasArgs()) {
            if (!ctx.caller().role().atLeast(Role.OFFICER)) {
                throw new BadInput(SPEC.usageKey());
            }
            listPending(ctx);
            return;
        }
        UnitId branch = rights.branchOf(ctx.caller());
        String typed = ctx.args().strip();
        int split = typed.lastIndexOf(' ');
        LocalDate today = LocalDate.now(clock);
        LocalDate born = split < 0 ? null : DateInput.pastDate(typed.substring(split + 1), today).orElse(null);
        if (born == null) {
            throw new BadInput("record.admission.bad_birth", Map.of("text", split < 0 ? "" : typed.substring(split + 1)));
        }
        if (born.isAfter(today.minusYears(MIN_AGE)) || !born.isAfter(today.minusYears(MAX_AGE))) {
            throw new BadInput("record.admission.age", Map.of("birth", Formats.date(born), "min", MIN_AGE,
                    "max", MAX_AGE));
        }
        String name = Arguments.name(typed.substring(0, split), 2, 80, "record.admission.bad_name");
        int reached = admissions.propose(branch, name, born, ctx.caller(), ctx.replies());
        ctx.replies().say(reached > 0 ? "record.admission.proposed" : "record.admission.no_officer",
                Map.of("name", name, "birth", Formats.date(born)));
    }

    private void listPending(CommandContext ctx) {
        List<Admission> pending = admissions.store().pending(org.branchesWithin(ctx.caller().unit()));
        if (pending.isEmpty()) {
            ctx.replies().say("record.admission.none_pending");
            return;
        }
        ctx.replies().say("record.admission.pending", Map.of("count", pending.size()));
        pending.stream().limit(20).forEach(admission -> admissions.ask(admission, ctx.replies()));
    }
}
