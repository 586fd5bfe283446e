package vn.chidoan.core.features.record;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;

/**
 * {@code hso:<operation>:<branch>:<person>}: starts an operation from a member's card, after checking
 * again, now, the presser's role on the member's branch and their rank against the member's.
 */
@Component
class OperationButtons extends RequestButtons {
    private final Map<String, RecordOperation> operations;
    private final RecordTargets targets;

    OperationButtons(List<RecordOperation> operations, RecordTargets targets) {
        super("hso");
        operations.stream().filter(op -> op.key().length() > RecordOperation.KEY_MAX).findAny().ifPresent(op -> {
            throw new IllegalStateException("a card's button carries at most " + RecordOperation.KEY_MAX
                    + " letters of an operation: " + op.key());
        });
        this.operations = operations.stream().collect(Collectors.toMap(RecordOperation::key, Function.identity()));
        this.targets = targets;
    }

    /** Every operation a card may offer. */
    Collection<RecordOperation> all() {
        return operations.values();
    }

    @Override
    public void handle(ButtonContext ctx) {
        int colon = ctx.args().indexOf(':');
        RecordOperation op = colon < 0 ? null : operations.get(ctx.args().substring(0, colon));
        if (op == null) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        targets.of(ctx, ctx.args().substring(colon + 1), op.least()).ifPresent(target -> {
            if (!RecordTargets.mayStart(target, op) || !op.offered(target)) {
                ctx.replies().say("record.op.not_allowed", Map.of("name", target.name()));
                return;
            }
            op.start(target, ctx.replies());
        });
    }
}
