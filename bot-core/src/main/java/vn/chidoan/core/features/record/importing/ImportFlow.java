package vn.chidoan.core.features.record.importing;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;

/**
 * After {@code /thanhvien_nhap} alone: the next message should be the .xlsx file. Anything else is
 * answered with how to send it, and the dialogue waits; a file that cannot be read is refused the same
 * way. Once a file is read and reported on, the dialogue ends.
 */
@Component
class ImportFlow implements Flow<ImportFlow.Waiting> {
    static final String NAME = "roster-import";

    private final Importer importer;

    ImportFlow(Importer importer) {
        this.importer = importer;
    }

    /** Waiting for the roster file of the branch. */
    record Waiting(String branch) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Waiting> stateType() {
        return Waiting.class;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(30);
    }

    @Override
    public Role minRole() {
        return Role.BCH;
    }

    @Override
    public Next<Waiting> onMessage(Dialogue<Waiting> dialogue, Inbound.MessageReceived message) {
        if (message.attachment() == null) {
            throw new BadInput("record.import.send_file");
        }
        importer.receive(dialogue.caller(), new UnitId(dialogue.state().branch()), message.attachment(),
                dialogue.replies());
        return Next.end();
    }

    @Override
    public Next<Waiting> onText(Dialogue<Waiting> dialogue, String text) {
        throw new BadInput("record.import.send_file");
    }
}
