package vn.chidoan.core.kernel.pipeline;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.BranchChoices;
import vn.chidoan.core.kernel.chat.Branches;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Branch commands ({@link CommandSpec#onBranch()}) said in a private chat: the branches the speaker may
 * run one on, and running it on one of them with the role the speaker holds there now, checked against
 * the declaration again (a picked button is a request, not a proof).
 */
@Component
public class BranchCommands {
    /** Branches shown to pick from at a time. */
    public static final int PAGE_SIZE = 6;

    private final CommandCatalog catalog;
    private final CallerResolver callers;
    private final Branches branches;
    private final BranchChoices choices;

    public BranchCommands(CommandCatalog catalog, CallerResolver callers, Branches branches, BranchChoices choices) {
        this.catalog = catalog;
        this.callers = callers;
        this.branches = branches;
        this.choices = choices;
    }

    /** One page of the branches the speaker may run {@code /<command>} on, by name, matching {@code search}. */
    public BranchChoices.Page page(Caller caller, String command, String search, int page) {
        return choices.choices(caller, spec(command).minRole(), search, page, PAGE_SIZE);
    }

    /** Runs {@code /<command> <args>} on the branch, or refuses as the pipeline would. */
    public void run(Caller caller, Inbound.MessageReceived message, String command, String args, UnitId branch,
            Replies replies) {
        Command found = catalog.find(command).orElseThrow(() -> new BadInput("pipeline.button_expired"));
        CommandSpec spec = found.spec();
        Caller there = callers.on(caller, branches.requireBranch(branch));
        if (!spec.onBranch() || !there.role().atLeast(spec.minRole())) {
            replies.say(Roles.refusalKey(spec.minRole()), Map.of("command", spec.name()));
            return;
        }
        found.handle(new CommandContext(there, message, spec.name(), args, replies));
    }

    private CommandSpec spec(String command) {
        return catalog.find(command).map(Command::spec).orElseThrow(() -> new BadInput("pipeline.button_expired"));
    }
}
