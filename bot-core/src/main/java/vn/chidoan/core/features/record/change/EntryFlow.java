package vn.chidoan.core.features.record.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.Mark;
import vn.chidoan.core.features.record.OnMember;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.RecordTarget;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.features.record.Records;

/**
 * Writing an honour, a reward or a discipline into a record: (for an honour, which one: {@code kind})
 * then the day and the decision or what it was for, typed as {@code 20/11/2026 Giấy khen của Huyện đoàn}
 * ({@code text}). The BCH's right over the member is checked again when it is saved.
 */
@Component
class EntryFlow extends MemberFlow<EntryFlow.Writing> {
    static final String NAME = "record-entry";
    static final int TEXT_MAX = 300;

    /** What the entry is. */
    enum Kind {
        HONORARY, OUTSTANDING, REWARD, DISCIPLINE;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Writing an entry of {@code kind} (a {@link Kind} key; null while an honour is chosen). */
    record Writing(String branch, String person, String kind) implements OnMember {
    }


    EntryFlow(ObjectProvider<Conversations> conversations, RecordTargets targets, Records records, Clock clock) {
        super(NAME, Writing.class, conversations, targets, records, clock);
    }

    /** Starts with the kind known (a reward, a discipline) or to be chosen (an honour: null). */
    void begin(RecordTarget target, Kind kind, Replies replies) {
        Writing writing = new Writing(target.branch().value(), target.entry().person().value(),
                kind == null ? null : kind.key());
        begin(target, writing, replies);
        if (kind == null) {
            replies.say("record.entry.which_honour", Map.of("name", target.name()), List.of(
                    List.of(Conversations.button(replies.label("record.mark.honorary"), Kind.HONORARY.key())),
                    List.of(Conversations.button(replies.label("record.mark.outstanding"), Kind.OUTSTANDING.key())),
                    List.of(Conversations.cancelButton(replies))));
            return;
        }
        ask(kind, target.name(), replies);
    }

    @Override
    public Next<Writing> onButton(Dialogue<Writing> dialogue, String choice) {
        if (dialogue.state().kind() != null
                || !choice.equals(Kind.HONORARY.key()) && !choice.equals(Kind.OUTSTANDING.key())) {
            return Next.stay();
        }
        Optional<RecordTarget> target = target(dialogue, Role.BCH);
        if (target.isEmpty()) {
            return Next.end();
        }
        ask(Kind.valueOf(choice.toUpperCase(Locale.ROOT)), target.get().name(), dialogue.replies());
        return Next.go(new Writing(dialogue.state().branch(), dialogue.state().person(), choice));
    }

    @Override
    public Next<Writing> onText(Dialogue<Writing> dialogue, String text) {
        if (dialogue.state().kind() == null) {
            dialogue.replies().say("record.entry.press_one");
            return Next.stay();
        }
        Kind kind = Kind.valueOf(dialogue.state().kind().toUpperCase(Locale.ROOT));
        LocalDate today = LocalDate.now(clock);
        DateInput.When when = DateInput.leading(text, today).filter(w -> !w.date().isAfter(today))
                .orElseThrow(() -> new BadInput("record.entry.bad", Map.of("text", text)));
        String what = Arguments.name(when.rest(), 3, TEXT_MAX, "record.entry.bad");
        Optional<RecordTarget> target = target(dialogue, Role.BCH);
        if (target.isEmpty()) {
            return Next.end();
        }
        PersonId person = target.get().entry().person();
        Cause cause = cause(dialogue);
        switch (kind) {
            case HONORARY -> records.mark(person, target.get().branch(), new Mark(Mark.Kind.HONORARY, when.date(), what),
                    cause);
            case OUTSTANDING -> records.mark(person, target.get().branch(),
                    new Mark(Mark.Kind.OUTSTANDING, when.date(), what), cause);
            case REWARD -> records.log(cause, Operation.REWARD, person, target.get().branch(), when.date(), null, what,
                    null);
            case DISCIPLINE -> records.log(cause, Operation.DISCIPLINE, person, target.get().branch(), when.date(),
                    null, what, null);
        }
        dialogue.replies().say("record.entry.saved", Map.of("name", target.get().name(),
                "kind", dialogue.replies().label("record.entry.kind." + kind.key()), "day", Formats.date(when.date()),
                "what", what));
        return Next.end();
    }

    /** The member, if the one writing still may act on them (role on the branch now, and rank). */
    private Optional<RecordTarget> target(Dialogue<Writing> dialogue, Role least) {
        return targets.again(dialogue, t -> RecordTargets.mayAct(t, least, false), "record.op.no_longer");
    }

    private static void ask(Kind kind, String name, Replies replies) {
        replies.say("record.entry.ask." + kind.key(), Map.of("name", name),
                List.of(List.of(Conversations.cancelButton(replies))));
    }
}
