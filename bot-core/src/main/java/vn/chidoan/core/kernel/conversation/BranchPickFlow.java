package vn.chidoan.core.kernel.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.BranchChoices;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.BranchCommands;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Which branch a branch command said in a private chat is for: the speaker's branches as buttons,
 * {@value BranchCommands#PAGE_SIZE} at a time with "next" and "previous", narrowed by typing part of a
 * name ("12a1", "thon dong"). The pick ({@code dlg:b:<branch>}) runs the command on it through
 * {@link BranchCommands#run}, which checks the speaker's role there again; the picker is then done.
 */
@Component
class BranchPickFlow implements Flow<BranchPickFlow.Picking> {
    static final String NAME = "branch_pick";
    private static final String PICK = "b:";
    private static final String PAGE = "p:";

    /** The command waiting for its branch, with the search typed so far and the page shown. */
    record Picking(String command, String args, Attachment attachment, String search, int page) {
    }

    private final ObjectProvider<BranchCommands> commands;

    /** Takes the branch commands when first used: they stand on every command, and commands start dialogues. */
    BranchPickFlow(ObjectProvider<BranchCommands> commands) {
        this.commands = commands;
    }

    /** Starts the picker for the command in {@code ctx}, showing {@code first}. */
    static void begin(Conversations conversations, CommandContext ctx, BranchChoices.Page first) {
        Picking picking = new Picking(ctx.command(), ctx.args(), ctx.message().attachment(), "", 0);
        conversations.start(NAME, ctx.caller(), ctx.replies(), picking, null);
        show(ctx.replies(), picking, first);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Picking> stateType() {
        return Picking.class;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(15);
    }

    @Override
    public Next<Picking> onText(Dialogue<Picking> dialogue, String text) {
        Picking state = dialogue.state();
        BranchChoices.Page found = commands.getObject().page(dialogue.caller(), state.command(), text, 0);
        if (found.total() == 0) {
            dialogue.replies().say("pipeline.branch.no_match", Map.of("search", text, "command", state.command()));
            return Next.stay();
        }
        Picking searched = new Picking(state.command(), state.args(), state.attachment(), text, 0);
        show(dialogue.replies(), searched, found);
        return Next.go(searched);
    }

    @Override
    public Next<Picking> onButton(Dialogue<Picking> dialogue, String choice) {
        Picking state = dialogue.state();
        if (choice.startsWith(PAGE) && choice.substring(PAGE.length()).matches("\\d{1,4}")) {
            BranchChoices.Page page = commands.getObject().page(dialogue.caller(), state.command(), state.search(),
                    Integer.parseInt(choice.substring(PAGE.length())));
            Picking turned = new Picking(state.command(), state.args(), state.attachment(), state.search(),
                    page.page());
            show(dialogue.replies(), turned, page);
            return Next.go(turned);
        }
        if (!choice.startsWith(PICK)) {
            return Next.stay();
        }
        Replies replies = dialogue.replies();
        try {
            commands.getObject().run(dialogue.caller(), message(dialogue, state), state.command(), state.args(),
                    new UnitId(choice.substring(PICK.length())), replies);
        } catch (BadInput bad) {
            replies.say(bad.templateKey(), bad.model());
        }
        return Next.end();
    }

    /** The command as if it had been said with the branch known: its words and its file, if any. */
    private static Inbound.MessageReceived message(Dialogue<Picking> dialogue, Picking state) {
        String text = "/" + state.command() + (state.args().isEmpty() ? "" : " " + state.args());
        return new Inbound.MessageReceived(dialogue.replies().chat(), ChatKind.PRIVATE, dialogue.caller().speaker(),
                text, null, dialogue.replies().eventKey(), false, null, state.attachment());
    }

    private static void show(Replies replies, Picking state, BranchChoices.Page page) {
        List<List<Button>> rows = new ArrayList<>();
        page.choices().forEach(choice -> rows.add(List.of(Conversations.button(choice.name(),
                PICK + choice.id().value()))));
        List<Button> turn = new ArrayList<>();
        if (page.page() > 0) {
            turn.add(Conversations.button(replies.label("pipeline.branch.previous"), PAGE + (page.page() - 1)));
        }
        if (page.page() + 1 < page.pages()) {
            turn.add(Conversations.button(replies.label("pipeline.branch.next"), PAGE + (page.page() + 1)));
        }
        if (!turn.isEmpty()) {
            rows.add(turn);
        }
        rows.add(List.of(Conversations.cancelButton(replies)));
        Map<String, Object> model = new HashMap<>(Map.of("command", state.command(), "total", page.total(),
                "page", page.page() + 1, "pages", page.pages(), "many", page.pages() > 1));
        if (!state.search().isEmpty()) {
            model.put("search", state.search());
        }
        replies.say("pipeline.branch.pick", model, rows);
    }
}
