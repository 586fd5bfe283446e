package vn.chidoan.core.features.record.transfer;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.features.record.DecisionButtons;
import vn.chidoan.core.features.record.RecordRights;

/**
 * {@code hct:<transfer>:y|n|x}: the receiving branch's secretary accepts ({@code y}) or refuses
 * ({@code n}); the sending branch's secretary withdraws it ({@code x}). Each is checked against the
 * presser's role on that branch now: a secretary of any other branch cannot decide it.
 */
@Component
class TransferButtons extends DecisionButtons<Transfer> {
    static final String PREFIX = "hct";

    private final Transfers transfers;
    private final RecordRights rights;

    TransferButtons(Transfers transfers, RecordRights rights) {
        super(PREFIX);
        this.transfers = transfers;
        this.rights = rights;
    }

    static String data(Transfer transfer, String choice) {
        return data(PREFIX, transfer.id(), choice);
    }

    @Override
    protected Optional<Transfer> find(String id) {
        return transfers.store().find(id);
    }

    @Override
    protected void decide(ButtonContext ctx, Transfer transfer, String choice) {
        boolean cancel = "x".equals(choice);
        if (!rights.holds(ctx.caller(), cancel ? transfer.from() : transfer.to(), Role.SECRETARY)) {
            ctx.toast(cancel ? "record.transfer.only_sending" : "record.transfer.only_receiving");
            return;
        }
        switch (choice) {
            case "y" -> transfers.accept(transfer, ctx.caller(), ctx.replies());
            case "n" -> transfers.refuse(transfer, ctx.caller(), ctx.replies());
            default -> transfers.cancel(transfer, ctx.caller(), ctx.replies());
        }
    }
}
