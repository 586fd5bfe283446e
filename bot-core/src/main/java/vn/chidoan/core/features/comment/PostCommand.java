package vn.chidoan.core.features.comment;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /gopy <tiêu đề> [hạn <ngày> [<giờ>]] [ẩn danh]} with the content on the next lines, or as the
 * caption of a PDF, DOCX or XLSX file; with the title alone the bot waits for the content (or file)
 * in the next message; {@code /gopy} alone asks step by step ({@link PostFlow}).
 */
@Component
class PostCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("gopy").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Publishing publishing;
    private final Conversations conversations;

    PostCommand(Publishing publishing, Conversations conversations) {
        this.publishing = publishing;
        this.conversations = conversations;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Attachment file = PostInput.document(ctx.message().attachment());
        if (!ctx.hasArgs()) {
            PostFlow.begin(conversations, ctx.caller(), ctx.replies(), file);
            return;
        }
        Clock clock = publishing.clock();
        String[] lines = ctx.args().split("\\R", 2);
        PostInput.Header header = PostInput.header(lines[0], clock.instant(), clock.getZone());
        String content = lines.length > 1 ? lines[1].strip() : "";
        if (content.isEmpty() && file == null) {
            PostFlow.awaitContent(conversations, ctx.caller(), ctx.replies(), header);
            return;
        }
        publishing.publish(new PostDraft(header.title(), content, file, header.deadline(), header.anonymous()),
                ctx.caller(), ctx.replies());
    }
}
