package vn.chidoan.core.kernel.pipeline;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;

/**
 * {@code /trogiup} ({@code /help}): the commands listed for the caller's role, each from its help
 * template (syntax and an example); {@code /trogiup <lệnh>} shows one command's usage.
 */
final class HelpCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("trogiup").aliases("help")
            .minRole(Role.GUEST).place(Place.ANYWHERE).arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final CommandCatalog catalog;

    HelpCommand(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Replies replies = ctx.replies();
        if (ctx.hasArgs()) {
            String word = ctx.args().strip().replaceFirst("^/", "").toLowerCase(Locale.ROOT);
            catalog.find(word).ifPresentOrElse(
                    command -> replies.say(command.spec().usageKey()),
                    () -> replies.say("pipeline.unknown_command", Map.of("command", word)));
            return;
        }
        Role role = ctx.caller().role();
        String lines = catalog.specs().stream()
                .filter(spec -> role.atLeast(spec.listedFrom()))
                .map(spec -> replies.render(spec.helpKey(), Map.of()).markup())
                .collect(Collectors.joining("\n"));
        replies.say("pipeline.help", Map.of("role", Roles.label(replies, role), "lines", lines));
    }
}
