package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /dangky_tao <tiêu đề> | <hạn> | <số chỗ>}: a sign-up in one line, posted at once to the branch
 * (for an officer, every branch below); {@code /dangky_tao} alone builds a form in the private chat
 * ({@link CreateFlow}).
 */
@Component
class CreateCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("dangky_tao").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final FormPublishing publishing;
    private final CreateStart start;
    private final Clock clock;

    CreateCommand(FormPublishing publishing, CreateStart start, Clock clock) {
        this.publishing = publishing;
        this.start = start;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        if (!ctx.hasArgs()) {
            start.begin(ctx.caller(), ctx.message().kind(), ctx.replies(), ctx.caller().unit());
            return;
        }
        FormSpec spec = QuickFormInput.read(ctx.args().split("\\R", 2)[0], clock.instant(), clock.getZone());
        publishing.publish(spec, ctx.caller(), ctx.caller().unit(), List.of(), ctx.replies());
    }
}
