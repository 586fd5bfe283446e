package vn.chidoan.core.features.record.admission;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.features.record.RecordRights;

/**
 * {@code hka:<proposal>:y|n}: an officer above the branch approves or refuses a proposal. Only an officer
 * of a unit above the branch (or an admin) may: not the branch's own BCH, not a member.
 */
@Component
class AdmissionButtons implements ButtonAction {
    static final String PREFIX = "hka";

    private final Admissions admissions;
    private final RecordRights rights;

    AdmissionButtons(Admissions admissions, RecordRights rights) {
        this.admissions = admissions;
        this.rights = rights;
    }

    static String data(Admission admission, boolean approve) {
        return PREFIX + ":" + admission.id() + ":" + (approve ? "y" : "n");
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST; // the role that counts is the one above the proposal's branch
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        Optional<Admission> found = parts.length == 2 ? admissions.store().find(parts[0]) : Optional.empty();
        if (found.isEmpty()) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        Admission admission = found.get();
        if (!rights.holds(ctx.caller(), admission.branch(), Role.OFFICER)) {
            ctx.toast("record.admission.only_above");
            return;
        }
        if ("y".equals(parts[1])) {
            admissions.approve(admission, ctx.caller(), ctx.replies());
        } else {
            admissions.refuse(admission, ctx.caller(), ctx.replies());
        }
    }
}
