package vn.chidoan.core.features.record;

import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Roles;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * Finds the member a button or a dialogue step acts on ({@code <branch>:<person>} in its data) and
 * checks, now, that the presser may: their role on that branch, and rank (the BCH acts on members, the
 * secretary on the BCH too, officers on anyone).
 */
@Component
public class RecordTargets {
    private final Members members;
    private final Records records;
    private final RecordRights rights;

    RecordTargets(Members members, Records records, RecordRights rights) {
        this.members = members;
        this.records = records;
        this.rights = rights;
    }

    /** {@code <branch>:<person>}, as buttons carry a target. */
    public static String ref(UnitId branch, PersonId person) {
        return branch.value() + ":" + person.value();
    }

    /**
     * The target of a press whose args start with {@code <branch>:<person>}, if the presser holds
     * {@code least} on the branch (else a toast says who may) and the member is still on its roster (else
     * a reply says so).
     */
    public Optional<RecordTarget> of(ButtonContext ctx, String args, Role least) {
        String[] parts = args.split(":");
        if (parts.length < 2) {
            ctx.toast("pipeline.button_expired");
            return Optional.empty();
        }
        UnitId branch = new UnitId(parts[0]);
        Caller caller = ctx.caller();
        Role role = rights.on(caller, branch);
        if (!role.atLeast(least)) {
            ctx.toast(Roles.buttonRefusalKey(least));
            return Optional.empty();
        }
        Optional<RecordTarget> target = of(caller, role, branch, new PersonId(parts[1]));
        if (target.isEmpty()) {
            ctx.replies().say("record.card.gone");
        }
        return target;
    }

    /** The member as {@code caller} (with {@code role} on the branch) sees them, if on the roster. */
    public Optional<RecordTarget> of(Caller caller, Role role, UnitId branch, PersonId person) {
        Optional<RosterEntry> entry = members.rosterEntryOf(branch, person);
        return entry.map(e -> new RecordTarget(branch, e, records.open(person, branch), caller, role));
    }

    /** The same target read again now, with the caller's role now: for a dialogue's later step. */
    public Optional<RecordTarget> again(Caller caller, UnitId branch, PersonId person) {
        return of(caller, rights.on(caller, branch), branch, person);
    }

    /**
     * The dialogue's member read again now, with the speaker's role now, if they may still act on them
     * ({@code may}); else {@code noLonger} is said and nothing is returned.
     */
    public Optional<RecordTarget> again(Dialogue<? extends OnMember> dialogue, Predicate<RecordTarget> may,
            String noLonger) {
        Optional<RecordTarget> target = again(dialogue.caller(), dialogue.state().branchId(),
                dialogue.state().personId()).filter(may);
        if (target.isEmpty()) {
            dialogue.replies().say(noLonger);
        }
        return target;
    }

    /** Whether the one acting may start this operation on this member: role on the branch, and rank. */
    public static boolean mayStart(RecordTarget target, RecordOperation op) {
        return mayAct(target, op.least(), op.onSelf());
    }

    /** Whether the one acting holds {@code least} on the branch and outranks the member (or it is them, if allowed). */
    public static boolean mayAct(RecordTarget target, Role least, boolean onSelf) {
        if (!target.role().atLeast(least)) {
            return false;
        }
        if (target.self()) {
            return onSelf;
        }
        return target.role().atLeast(Role.OFFICER) || !target.entry().role().atLeast(target.role());
    }
}
