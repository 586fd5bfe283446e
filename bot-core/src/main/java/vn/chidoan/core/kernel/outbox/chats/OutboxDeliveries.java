package vn.chidoan.core.kernel.outbox.chats;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.OutboxBatches;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;

/** {@link Deliveries} as the outbox's records know them. */
@Component
class OutboxDeliveries implements Deliveries {
    private final OutboxChats chats;
    private final OutboxBatches batches;

    OutboxDeliveries(OutboxChats chats, OutboxStore store) {
        this.chats = chats;
        this.batches = new OutboxBatches(store.template());
    }

    @Override
    public Optional<String> messageId(String outboxKey) {
        return chats.deliveredMessageId(outboxKey);
    }

    @Override
    public boolean reachable(ChatRef chat) {
        return chats.canWrite(chat);
    }

    @Override
    public Batch batch(String keyPrefix, int failuresShown) {
        Map<OutboxStatus, Long> counts = batches.countByStatus(keyPrefix);
        return new Batch(count(counts, OutboxStatus.PENDING) + count(counts, OutboxStatus.SENDING),
                count(counts, OutboxStatus.DELIVERED) + count(counts, OutboxStatus.FORWARDED),
                count(counts, OutboxStatus.HELD), count(counts, OutboxStatus.FAILED),
                failuresShown <= 0 ? List.of() : batches.failedWithKeyPrefix(keyPrefix, failuresShown).stream()
                        .map(doc -> new Failure(ChatRef.parse(doc.getString(OutboxCodec.CHAT)),
                                doc.getString(OutboxCodec.LAST_ERROR))).toList());
    }

    private static long count(Map<OutboxStatus, Long> counts, OutboxStatus status) {
        return counts.getOrDefault(status, 0L);
    }
}
