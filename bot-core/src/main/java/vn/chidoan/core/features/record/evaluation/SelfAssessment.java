package vn.chidoan.core.features.record.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * {@code /danhgia}: a member's self-assessment of the year, in their private chat, while their branch's
 * evaluation is open: a few lines on what they did ({@link Writing}), then the grade they propose
 * ({@link Grading}, a button or its number). Until the secretary decides they may fill it in again;
 * then it is final. The reply shows their year's figures beside their grade.
 */
@Component
class SelfAssessment implements Command, Flow<SelfAssessment.Step> {
    static final String NAME = "record-evaluation";
    static final int TEXT_MIN = 10;
    static final int TEXT_MAX = 1000;
    private static final CommandSpec SPEC = CommandSpec.command("danhgia").minRole(Role.MEMBER)
            .place(Place.PRIVATE).build();

    sealed interface Step permits Writing, Grading {
        String branch();

        int year();
    }

    /** The member is asked to write about their year. */
    record Writing(String branch, int year) implements Step {
    }

    /** They wrote it; they are asked which grade they propose. */
    record Grading(String branch, int year, String text) implements Step {
    }

    private final Evaluations evaluations;
    private final Members members;
    private final EvaluationCards cards;
    private final ObjectProvider<Conversations> conversations; // Conversations holds every Flow, this one too

    SelfAssessment(Evaluations evaluations, Members members, EvaluationCards cards,
            ObjectProvider<Conversations> conversations) {
        this.evaluations = evaluations;
        this.members = members;
        this.cards = cards;
        this.conversations = conversations;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Optional<Membership> membership = members.membershipsOf(ctx.caller().person()).stream().findFirst();
        if (membership.isEmpty()) {
            throw new BadInput("record.own.none");
        }
        UnitId branch = membership.get().branch();
        Optional<Opening> opening = evaluations.open(branch);
        if (opening.isEmpty()) {
            throw new BadInput("record.evaluation.not_open", Map.of("year", evaluations.year()));
        }
        int year = opening.get().year();
        Optional<Entry> entry = evaluations.store().entry(ctx.caller().person(), year);
        if (entry.flatMap(Entry::decision).isPresent()) {
            ctx.replies().say("record.evaluation.final", Map.of("year", year,
                    "grade", ctx.replies().label("record.grade." + entry.get().decided().key())));
            return;
        }
        conversations.getObject().start(NAME, ctx.caller(), ctx.replies(), new Writing(branch.value(), year), branch);
        ctx.replies().say("record.evaluation.ask_text", Map.of("year", year, "deadline",
                Formats.date(opening.get().deadline()), "min", TEXT_MIN),
                List.of(List.of(Conversations.cancelButton(ctx.replies()))));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Step> stateType() {
        return Step.class;
    }

    @Override
    public Duration timeout() {
        return Duration.ofMinutes(30);
    }

    @Override
    public Role minRole() {
        return Role.MEMBER;
    }

    @Override
    public Next<Step> onText(Dialogue<Step> dialogue, String text) {
        if (dialogue.state() instanceof Grading grading) {
            return save(dialogue, grading, Grade.typed(text)
                    .orElseThrow(() -> new BadInput("record.evaluation.bad_grade", Map.of("typed", text))));
        }
        String checked = Arguments.name(text, TEXT_MIN, TEXT_MAX, "record.evaluation.bad_text");
        cards.askGrade(dialogue.replies());
        return Next.go(new Grading(dialogue.state().branch(), dialogue.state().year(), checked));
    }

    @Override
    public Next<Step> onButton(Dialogue<Step> dialogue, String choice) {
        if (dialogue.state() instanceof Grading grading) {
            return Grade.ofKey(choice).map(grade -> save(dialogue, grading, grade)).orElse(Next.stay());
        }
        return Next.stay();
    }

    private Next<Step> save(Dialogue<Step> dialogue, Grading grading, Grade grade) {
        UnitId branch = new UnitId(grading.branch());
        if (!evaluations.store().assess(dialogue.caller().person(), branch, grading.year(), grading.text(), grade,
                evaluations.clock().instant())) {
            dialogue.replies().say("record.evaluation.decided_meanwhile");
            return Next.end();
        }
        dialogue.replies().say("record.evaluation.saved", cards.saved(branch, grading.year(),
                dialogue.caller().person(), grade, dialogue.replies()));
        return Next.end();
    }
}
