package vn.chidoan.core.features.record.transfer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.features.record.OnMember;
import vn.chidoan.core.features.record.RecordTarget;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.org.unit.UnitDirectory;

/**
 * Picking the receiving branch: the secretary types part of its name ({@code search}), presses one of the
 * branches of the province that match, and confirms ({@code confirm}). Their right to transfer the
 * member is checked again when they confirm.
 */
@Component
class TransferFlow implements Flow<TransferFlow.Moving> {
    static final String NAME = "record-transfer";
    static final int SHOWN = 6;

    /** Transferring the member to {@code to} (null until a branch is pressed). */
    record Moving(String branch, String person, String to) implements OnMember {
    }

    private final ObjectProvider<Conversations> conversations; // Conversations holds every Flow, this one too
    private final UnitDirectory directory;
    private final RecordTargets targets;
    private final Transfers transfers;

    TransferFlow(ObjectProvider<Conversations> conversations, UnitDirectory directory, RecordTargets targets,
            Transfers transfers) {
        this.conversations = conversations;
        this.directory = directory;
        this.targets = targets;
        this.transfers = transfers;
    }

    void begin(RecordTarget target, Replies replies) {
        conversations.getObject().start(NAME, target.caller(), replies, new Moving(target.branch().value(),
                target.entry().person().value(), null), target.branch());
        replies.say("record.transfer.ask_branch", Map.of("name", target.name()),
                List.of(List.of(Conversations.cancelButton(replies))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Moving> stateType() {
        return Moving.class;
    }

    @Override
    public Role minRole() {
        return Role.SECRETARY;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(15);
    }

    @Override
    public Next<Moving> onText(Dialogue<Moving> dialogue, String text) {
        UnitId from = dialogue.state().branchId();
        List<UnitDirectory.Found> found = directory.branchesNamed(directory.provinceOf(from), text, SHOWN + 1).stream()
                .filter(branch -> !branch.id().equals(from)).limit(SHOWN).toList();
        Replies replies = dialogue.replies();
        if (found.isEmpty()) {
            replies.say("record.transfer.none_found", Map.of("text", text));
            return Next.stay();
        }
        List<List<Button>> rows = new ArrayList<>();
        for (UnitDirectory.Found branch : found) {
            String label = branch.parentName().isEmpty() ? branch.name() : branch.name() + " · " + branch.parentName();
            rows.add(List.of(Conversations.button(label, "b:" + branch.id().value())));
        }
        rows.add(List.of(Conversations.cancelButton(replies)));
        replies.say("record.transfer.pick", Map.of("count", found.size()), rows);
        return Next.stay();
    }

    @Override
    public Next<Moving> onButton(Dialogue<Moving> dialogue, String choice) {
        UnitId from = dialogue.state().branchId();
        PersonId person = dialogue.state().personId();
        Optional<RecordTarget> target = targets.again(dialogue, t -> RecordTargets.mayAct(t, Role.SECRETARY, false),
                "record.transfer.no_longer");
        if (target.isEmpty()) {
            return Next.end();
        }
        if (choice.startsWith("b:")) {
            return confirm(dialogue, target.get(), new UnitId(choice.substring(2)));
        }
        if (choice.equals("ok") && dialogue.state().to() != null) {
            UnitId to = new UnitId(dialogue.state().to());
            int reached = transfers.start(person, from, to, dialogue.caller(), dialogue.replies());
            dialogue.replies().say(reached > 0 ? "record.transfer.sent" : "record.transfer.no_secretary",
                    Map.of("name", target.get().name(), "to", transfers.name(to)));
            return Next.end();
        }
        return Next.stay();
    }

    private Next<Moving> confirm(Dialogue<Moving> dialogue, RecordTarget target, UnitId to) {
        UnitId from = target.branch();
        if (to.equals(from) || !directory.provinceOf(to).equals(directory.provinceOf(from))) {
            dialogue.replies().say("record.transfer.none_found", Map.of());
            return Next.stay();
        }
        Replies replies = dialogue.replies();
        replies.say("record.transfer.confirm", Map.of("name", target.name(), "from", transfers.name(from),
                "to", transfers.name(to)), List.of(List.of(Conversations.button(
                        replies.label("record.transfer.send_button"), "ok"), Conversations.cancelButton(replies))));
        return Next.go(new Moving(dialogue.state().branch(), dialogue.state().person(), to.value()));
    }
}
