package vn.chidoan.core.kernel.pipeline;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.BranchChoices;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Role;

/**
 * Reads a command from a message and runs it once its declaration allows: the place, then the
 * caller's role, then the presence of arguments. A branch command in a private chat runs on the one
 * branch where the speaker holds the role, or asks which one when there are several. Each refusal is a
 * template that says what to do.
 */
final class CommandRunner {
    private final CommandCatalog catalog;
    private final BranchCommands branches;
    private final Dialogues dialogues;

    CommandRunner(CommandCatalog catalog, BranchCommands branches, Dialogues dialogues) {
        this.catalog = catalog;
        this.branches = branches;
        this.dialogues = dialogues;
    }

    /** A command word and what follows it; null when the text is no command for this bot. */
    record Parsed(String word, String args) {
        static Parsed of(String text) {
            String body = text.strip();
            if (!body.startsWith("/")) {
                return null;
            }
            String[] parts = body.substring(1).split("\\s+", 2);
            String word = parts[0].toLowerCase(Locale.ROOT);
            if (word.isEmpty() || word.contains("@")) {
                return null; // addressed to another bot: adapters strip our own @name
            }
            return new Parsed(word, parts.length > 1 ? parts[1].strip() : "");
        }
    }

    void run(Caller caller, Inbound.MessageReceived message, Parsed parsed, Replies replies) {
        Optional<Command> found = catalog.find(parsed.word());
        if (found.isEmpty()) {
            if (message.saidToBot()) { // a bare unknown command in a group may be another bot's
                replies.say("pipeline.unknown_command", Map.of("command", parsed.word()));
            }
            return;
        }
        Command command = found.get();
        CommandSpec spec = command.spec();
        Map<String, Object> model = Map.of("command", spec.name());
        if (!spec.place().allows(message.kind())) {
            replies.say("pipeline.place." + spec.place().name().toLowerCase(Locale.ROOT), model);
        } else if (spec.onBranch() && message.kind() == ChatKind.PRIVATE) {
            onABranch(caller, message, spec, parsed.args(), replies);
        } else if (!caller.role().atLeast(spec.minRole())) {
            replies.say(refusal(caller, message, spec.minRole()), model);
        } else if (spec.arguments() == CommandSpec.Arguments.REQUIRED && parsed.args().isEmpty()) {
            replies.say(spec.usageKey());
        } else {
            command.handle(new CommandContext(caller, message, spec.name(), parsed.args(), replies));
        }
    }

    private void onABranch(Caller caller, Inbound.MessageReceived message, CommandSpec spec, String args,
            Replies replies) {
        BranchChoices.Page first = branches.page(caller, spec.name(), "", 0);
        Map<String, Object> model = Map.of("command", spec.name());
        if (first.total() == 0) {
            replies.say(caller.role().atLeast(spec.minRole()) ? "pipeline.branch.none"
                    : refusal(caller, message, spec.minRole()), model);
        } else if (spec.arguments() == CommandSpec.Arguments.REQUIRED && args.isEmpty()) {
            replies.say(spec.usageKey());
        } else if (first.total() == 1) {
            branches.run(caller, message, spec.name(), args, first.choices().get(0).id(), replies);
        } else {
            dialogues.askBranch(new CommandContext(caller, message, spec.name(), args, replies), first);
        }
    }

    private static String refusal(Caller caller, Inbound.MessageReceived message, Role needed) {
        boolean branchRole = needed.atLeast(Role.MEMBER) && !needed.atLeast(Role.OFFICER);
        if (branchRole && message.kind() == ChatKind.GROUP && caller.unit() == null) {
            return "pipeline.group_not_linked";
        }
        return Roles.refusalKey(needed);
    }
}
