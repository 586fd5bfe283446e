package vn.chidoan.core.features.record.importing;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.record.DecisionButtons;
import vn.chidoan.core.features.record.RecordRights;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonContext;

/**
 * {@code hsn:<plan>:y|n}: «Xác nhận» applies a checked roster file, «Hủy» drops it; what came of it replaces
 * the report and its buttons. The press is a request: the presser must be on the BCH of the plan's branch
 * (or an officer above it) now.
 */
@Component
class ImportButtons extends DecisionButtons<ImportPlan> {
    static final String PREFIX = "hsn";

    private final Importer importer;
    private final ImportApplier applier;
    private final RecordRights rights;

    ImportButtons(Importer importer, ImportApplier applier, RecordRights rights) {
        super(PREFIX);
        this.importer = importer;
        this.applier = applier;
        this.rights = rights;
    }

    static String data(String plan, boolean confirm) {
        return data(PREFIX, plan, confirm ? "y" : "n");
    }

    @Override
    protected Optional<ImportPlan> find(String id) {
        return importer.plans().find(id);
    }

    @Override
    protected void decide(ButtonContext ctx, ImportPlan plan, String choice) {
        if (!rights.holds(ctx.caller(), plan.branch(), Role.BCH)) {
            ctx.toast("record.import.not_allowed");
            return;
        }
        Optional<ImportApplier.Outcome> outcome = "y".equals(choice) ? applier.confirm(plan, ctx.caller())
                : Optional.of(applier.cancel(plan));
        outcome.ifPresent(said -> inPlace(ctx, said));
    }

    /**
     * The outcome replaces the report where the platform edits, so its «Xác nhận» and «Hủy» go with it (as
     * the roster's pages and a poll's ballot are edited in place); elsewhere it is said anew.
     */
    private static void inPlace(ButtonContext ctx, ImportApplier.Outcome outcome) {
        OutgoingMessage message = OutgoingMessage.text(ctx.replies().render(outcome.key(), outcome.model()));
        boolean edits = ctx.press().messageId() != null && Capabilities.of(ctx.press().chat().platform()).edits();
        ctx.replies().send(edits ? message.editing(ctx.press().messageId()) : message);
    }
}
