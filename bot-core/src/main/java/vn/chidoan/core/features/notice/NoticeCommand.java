package vn.chidoan.core.features.notice;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /thongbao <nội dung>} (the content on the same and the next lines, or a PDF, DOCX or XLSX file
 * with the command as its caption) from an officer's private chat: the options screen comes next, where
 * it is sent; {@code /thongbao} alone asks for the content first ({@link NoticeFlow}). It goes from the
 * officer's unit (the highest they lead; the root for an admin).
 */
@Component
class NoticeCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("thongbao").minRole(Role.OFFICER)
            .place(Place.PRIVATE).arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Conversations conversations;
    private final NoticeScreens screens;

    NoticeCommand(Conversations conversations, NoticeScreens screens) {
        this.conversations = conversations;
        this.screens = screens;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        if (ctx.caller().unit() == null || !ctx.caller().known()) {
            throw new BadInput("notice.not_allowed");
        }
        Attachment file = NoticeInput.document(ctx.message().attachment());
        NoticeDraft draft = NoticeDraft.of(ctx.args(), file, ctx.caller().user().platform(), ctx.caller().unit());
        if (draft.hasContent()) {
            NoticeFlow.options(conversations, ctx.caller(), ctx.replies(), draft, screens);
        } else {
            NoticeFlow.begin(conversations, ctx.caller(), ctx.replies(), draft);
        }
    }
}
