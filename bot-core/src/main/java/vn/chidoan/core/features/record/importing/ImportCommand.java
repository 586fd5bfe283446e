package vn.chidoan.core.features.record.importing;

import org.springframework.stereotype.Component;
import vn.chidoan.core.features.record.RecordRights;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /thanhvien_nhap} (BCH, private chat: the file and the report hold personal data): as the caption
 * of an .xlsx document, checks it at once; alone, asks for the file ({@link ImportFlow}).
 */
@Component
class ImportCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("thanhvien_nhap").minRole(Role.BCH)
            .place(Place.PRIVATE).arguments(CommandSpec.Arguments.OPTIONAL).onBranch().build();

    private final Importer importer;
    private final RecordRights rights;
    private final Conversations conversations;

    ImportCommand(Importer importer, RecordRights rights, Conversations conversations) {
        this.importer = importer;
        this.rights = rights;
        this.conversations = conversations;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = rights.branchOf(ctx.caller());
        if (ctx.message().attachment() != null) {
            importer.receive(ctx.caller(), branch, ctx.message().attachment(), ctx.replies());
            return;
        }
        conversations.start(ImportFlow.NAME, ctx.caller(), ctx.replies(), new ImportFlow.Waiting(branch.value()),
                branch);
        ctx.replies().say("record.import.ask_file");
    }
}
