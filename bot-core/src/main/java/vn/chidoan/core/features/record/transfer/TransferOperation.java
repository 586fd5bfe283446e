package vn.chidoan.core.features.record.transfer;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.features.record.RecordOperation;
import vn.chidoan.core.features.record.RecordTarget;

/** "Chuyển sinh hoạt" on a card: the sending secretary picks the receiving branch ({@link TransferFlow}). */
@Component
class TransferOperation implements RecordOperation {
    private final TransferFlow flow;
    private final Transfers transfers;

    TransferOperation(TransferFlow flow, Transfers transfers) {
        this.flow = flow;
        this.transfers = transfers;
    }

    @Override
    public String key() {
        return "move";
    }

    @Override
    public Role least() {
        return Role.SECRETARY;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void start(RecordTarget target, Replies replies) {
        transfers.store().pendingOf(target.entry().person()).ifPresentOrElse(
                pending -> replies.say("record.transfer.pending", transfers.model(pending), List.of(List.of(
                        Button.action(replies.label("record.transfer.cancel_button"),
                                TransferButtons.data(pending, "x"))))),
                () -> flow.begin(target, replies));
    }
}
