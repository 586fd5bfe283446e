package vn.chidoan.core.features.record.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.MemberRecord;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusSpell;

/**
 * {@code htt:<branch>:<person>}: the secretary confirms that a member matures out. Checked now: the
 * presser is the branch's secretary (or an officer above), and the member turns 30 by the end of this
 * quarter. They leave the roster; their record says matured out, from their 30th birthday, and keeps
 * its history.
 */
@Component
class MaturingButtons extends RequestButtons {
    static final String PREFIX = "htt";

    private final RecordTargets targets;
    private final Records records;
    private final Members members;
    private final Clock clock;

    MaturingButtons(RecordTargets targets, Records records, Members members, Clock clock) {
        super(PREFIX);
        this.targets = targets;
        this.records = records;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public void handle(ButtonContext ctx) {
        targets.of(ctx, ctx.args(), Role.SECRETARY).ifPresent(target -> {
            LocalDate until = MaturingCheck.quarterEnd(LocalDate.now(clock));
            MemberRecord record = target.record();
            LocalDate day = record.maturingDay().filter(d -> d.isBefore(until)).orElse(null);
            if (day == null || !RecordTargets.mayAct(target, Role.SECRETARY, false)) {
                ctx.replies().say("record.maturing.not_due", Map.of("name", target.name()));
                return;
            }
            records.status(record.person(), target.branch(), new StatusSpell(MemberStatus.MATURED_OUT, day, null),
                    null, Operation.MATURED, new Cause(ctx.replies().eventKey(), ctx.caller().person(),
                            clock.instant()));
            members.remove(record.person(), target.branch());
            ctx.replies().say("record.maturing.done", Map.of("name", target.name(),
                    "day", Formats.date(day)));
        });
    }
}
