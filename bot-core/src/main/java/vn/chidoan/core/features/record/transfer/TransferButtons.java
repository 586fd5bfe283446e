package vn.chidoan.core.features.record.transfer;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.features.record.RecordRights;

/**
 * {@code hct:<transfer>:y|n|x}: the receiving branch's secretary accepts ({@code y}) or refuses
 * ({@code n}); the sending branch's secretary withdraws it ({@code x}). Each is checked against the
 * presser's role on that branch now: a secretary of any other branch cannot decide it.
 */
@Component
class TransferButtons implements ButtonAction {
    static final String PREFIX = "hct";

    private final Transfers transfers;
    private final RecordRights rights;

    TransferButtons(Transfers transfers, RecordRights rights) {
        this.transfers = transfers;
        this.rights = rights;
    }

    static String data(Transfer transfer, String choice) {
        return PREFIX + ":" + transfer.id() + ":" + choice;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST; // the role that counts is the one on the transfer's branches
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] parts = ctx.args().split(":");
        Optional<Transfer> found = parts.length == 2 ? transfers.store().find(parts[0]) : Optional.empty();
        if (found.isEmpty()) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        Transfer transfer = found.get();
        boolean cancel = "x".equals(parts[1]);
        if (!rights.holds(ctx.caller(), cancel ? transfer.from() : transfer.to(), Role.SECRETARY)) {
            ctx.toast(cancel ? "record.transfer.only_sending" : "record.transfer.only_receiving");
            return;
        }
        switch (parts[1]) {
            case "y" -> transfers.accept(transfer, ctx.caller(), ctx.replies());
            case "n" -> transfers.refuse(transfer, ctx.caller(), ctx.replies());
            default -> transfers.cancel(transfer, ctx.caller(), ctx.replies());
        }
    }
}
