package vn.chidoan.core.kernel.conversation;

import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/** {@code /khaosat} starts the survey. */
record SurveyCommand(Conversations conversations) implements Command {
    @Override
    public CommandSpec spec() {
        return CommandSpec.command("khaosat").build();
    }

    @Override
    public void handle(CommandContext ctx) {
        conversations.start("survey", ctx.caller(), ctx.replies(), new Survey.Step("a", null));
        ctx.replies().say("test.echo", Map.of("step", "start", "text", ""),
                List.of(List.of(Conversations.button("Chọn", "chon"))));
    }
}
