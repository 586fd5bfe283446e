package vn.chidoan.core.features.notice;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /thongbao_ketqua [số]}: a notice's results and its Excel file (by default the caller's latest
 * notice), always in the caller's private chat since it names people. Its sender may ask, and so may an
 * officer of its unit or of one above.
 */
@Component
class NoticeResultsCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("thongbao_ketqua").minRole(Role.OFFICER)
            .place(Place.ANYWHERE).arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Notices notices;
    private final NoticeRights rights;
    private final NoticeReport report;

    NoticeResultsCommand(Notices notices, NoticeRights rights, NoticeReport report) {
        this.notices = notices;
        this.rights = rights;
        this.report = report;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Notice notice;
        if (ctx.hasArgs()) {
            notice = notices.get(Arguments.positive(Arguments.firstWord(ctx.args()).replace("#", ""),
                    "notice.results.bad_number"));
        } else {
            notice = (ctx.caller().known() ? notices.latestBy(ctx.caller().person()) : Optional.<Notice>empty())
                    .orElseThrow(() -> new BadInput("notice.results.none"));
        }
        if (!rights.reads(ctx.caller(), notice)) {
            throw new BadInput("notice.results.not_yours", Map.of("number", notice.number()));
        }
        ctx.answerPrivately((chat, lang, key) -> report.send(notice, chat, lang, key, Priority.INTERACTIVE),
                "notice.results.sent_private", Map.of("number", notice.number()));
    }
}
