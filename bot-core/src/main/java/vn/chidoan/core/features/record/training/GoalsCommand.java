package vn.chidoan.core.features.record.training;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * {@code /renluyen}: a member's training goals for this year. With none yet, or none done, they write
 * them, one a line ({@code goals}); then the list shows, with what the BCH marked done.
 */
@Component
class GoalsCommand implements Command, Flow<GoalsCommand.Asked> {
    static final String NAME = "record-goals";
    static final int GOAL_MAX = 200;
    private static final CommandSpec SPEC = CommandSpec.command("renluyen").minRole(Role.MEMBER)
            .place(Place.PRIVATE).arguments(CommandSpec.Arguments.OPTIONAL).build();

    /** This year's goals were asked for. */
    record Asked(int year) {
    }

    private final Training training;
    private final Members members;
    private final Records records;
    private final ObjectProvider<Conversations> conversations; // Conversations holds every Flow, this one too
    private final Clock clock;

    GoalsCommand(Training training, Members members, Records records, ObjectProvider<Conversations> conversations,
            Clock clock) {
        this.training = training;
        this.members = members;
        this.records = records;
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Optional<Goals> goals = training.store().find(ctx.caller().person(), training.year());
        boolean rewrite = ctx.hasArgs() && Arguments.firstWord(ctx.args()).equalsIgnoreCase("moi");
        if (goals.isPresent() && !rewrite) {
            training.show(goals.get(), "", null, ctx.replies());
            return;
        }
        if (goals.isPresent() && goals.get().done() > 0) {
            throw new BadInput("record.training.locked");
        }
        conversations.getObject().start(NAME, ctx.caller(), ctx.replies(), new Asked(training.year()));
        ctx.replies().say("record.training.ask", Map.of("year", training.year(), "max", Training.MAX_GOALS),
                List.of(List.of(Conversations.cancelButton(ctx.replies()))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Asked> stateType() {
        return Asked.class;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(30);
    }

    @Override
    public Next<Asked> onText(Dialogue<Asked> dialogue, String text) {
        List<String> goals = Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.replaceFirst("^[-•*0-9.)\\s]+", "").strip()).filter(line -> !line.isEmpty()).toList();
        if (goals.isEmpty() || goals.size() > Training.MAX_GOALS) {
            throw new BadInput("record.training.bad", Map.of("max", Training.MAX_GOALS));
        }
        List<String> checked = goals.stream().map(goal -> Arguments.name(goal, 3, GOAL_MAX, "record.training.bad"))
                .toList();
        Optional<Membership> membership = members.membershipsOf(dialogue.caller().person()).stream().findFirst();
        if (membership.isEmpty()) {
            dialogue.replies().say("record.own.none");
            return Next.end();
        }
        int year = dialogue.state().year();
        if (!training.store().register(dialogue.caller().person(), membership.get().branch(), year, checked,
                clock.instant())) {
            throw new BadInput("record.training.locked");
        }
        records.log(new Cause(dialogue.replies().eventKey(), null, clock.instant()), Operation.GOALS,
                dialogue.caller().person(), membership.get().branch(), null, Integer.toString(checked.size()), null,
                null);
        training.show(training.store().find(dialogue.caller().person(), year).orElseThrow(), "", null,
                dialogue.replies());
        return Next.end();
    }
}
