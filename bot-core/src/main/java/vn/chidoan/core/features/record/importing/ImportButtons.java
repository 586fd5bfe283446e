package vn.chidoan.core.features.record.importing;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.record.RecordRights;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;

/**
 * {@code hsn:<plan>:y|n}: «Xác nhận» applies a checked roster file, «Hủy» drops it. The press is a
 * request: the presser must be on the BCH of the plan's branch (or an officer above it) now.
 */
@Component
class ImportButtons implements ButtonAction {
    static final String PREFIX = "hsn";

    private final Importer importer;
    private final ImportApplier applier;
    private final RecordRights rights;

    ImportButtons(Importer importer, ImportApplier applier, RecordRights rights) {
        this.importer = importer;
        this.applier = applier;
        this.rights = rights;
    }

    static String data(String plan, boolean confirm) {
        return PREFIX + ":" + plan + ":" + (confirm ? "y" : "n");
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST; // the role that counts is the one on the plan's branch
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        Optional<ImportPlan> found = parts.length == 2 ? importer.plans().find(parts[0]) : Optional.empty();
        if (found.isEmpty()) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        ImportPlan plan = found.get();
        if (!rights.holds(ctx.caller(), plan.branch(), Role.BCH)) {
            ctx.toast("record.import.not_allowed");
            return;
        }
        if ("y".equals(parts[1])) {
            applier.confirm(plan, ctx.caller(), ctx.replies());
        } else {
            applier.cancel(plan, ctx.replies());
        }
    }
}
