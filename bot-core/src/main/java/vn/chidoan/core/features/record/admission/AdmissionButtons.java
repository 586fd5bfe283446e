package vn.chidoan.core.features.record.admission;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.features.record.DecisionButtons;
import vn.chidoan.core.features.record.RecordRights;

/**
 * {@code hka:<proposal>:y|n}: an officer above the branch approves or refuses a proposal. Only an officer
 * of a unit above the branch (or an admin) may: not the branch's own BCH, not a member.
 */
@Component
class AdmissionButtons extends DecisionButtons<Admission> {
    static final String PREFIX = "hka";

    private final Admissions admissions;
    private final RecordRights rights;

    AdmissionButtons(Admissions admissions, RecordRights rights) {
        super(PREFIX);
        this.admissions = admissions;
        this.rights = rights;
    }

    static String data(Admission admission, boolean approve) {
        return data(PREFIX, admission.id(), approve ? "y" : "n");
    }

    @Override
    protected Optional<Admission> find(String id) {
        return admissions.store().find(id);
    }

    @Override
    protected void decide(ButtonContext ctx, Admission admission, String choice) {
        if (!rights.holds(ctx.caller(), admission.branch(), Role.OFFICER)) {
            ctx.toast("record.admission.only_above");
            return;
        }
        if ("y".equals(choice)) {
            admissions.approve(admission, ctx.caller(), ctx.replies());
        } else {
            admissions.refuse(admission, ctx.caller(), ctx.replies());
        }
    }
}
