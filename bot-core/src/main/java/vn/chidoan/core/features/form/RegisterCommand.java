package vn.chidoan.core.features.form;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /dangky [số]}: a member's way in without the post: the open forms that reached their branch,
 * each with its "Đăng ký" button; with a number, that form, in the private chat (as the button does).
 */
@Component
class RegisterCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("dangky").minRole(Role.MEMBER).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.OPTIONAL).build();
    static final int LISTED = 10;

    private final Registering registering;
    private final PrivateChannel channel;
    private final Clock clock;

    RegisterCommand(Registering registering, PrivateChannel channel, Clock clock) {
        this.registering = registering;
        this.channel = channel;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Optional<Replies> own = channel.of(ctx.caller(), ctx.message().kind(), ctx.replies());
        Replies there = own.orElse(ctx.replies());
        if (ctx.hasArgs()) {
            int number = Arguments.positive(Arguments.firstWord(ctx.args()), "form.results.bad_number");
            Forms.Open open = registering.forms().open(number, ctx.caller());
            if (own.isEmpty() && !open.form().quick()) {
                registering.offerLink(ctx.replies(), open.form());
            } else {
                registering.begin(there, open, ctx.caller());
            }
            return;
        }
        List<Form> open = registering.forms().latestFor(ctx.caller().person(), LISTED).stream()
                .filter(form -> form.openAt(clock.instant())).toList();
        if (open.isEmpty()) {
            there.say("form.list.none");
            return;
        }
        List<List<Button>> rows = open.stream().map(form -> List.of(FormMessages.register(form,
                there.render("form.button.register_title", Map.of("title", form.title())).toPlainText()))).toList();
        there.say("form.list.open", Map.of("count", open.size()), rows);
    }
}
