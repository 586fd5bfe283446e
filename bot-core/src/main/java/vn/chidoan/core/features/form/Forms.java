package vn.chidoan.core.features.form;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.OpaqueTokens;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.audience.BranchFanout;
import vn.chidoan.core.org.audience.PostedRights;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.Schedule;

/**
 * Public API of registrations: post a form to the branches of a unit (the creator's right to do so is
 * checked at that moment), find forms, and say which form a member may register for now. Posting goes
 * to the branches in the background through a {@link BranchFanout} ({@link FormFanout}), which survives
 * a crash; a replay of the posting event does nothing twice.
 */
@Service
public class Forms {
    static final int LINK_LENGTH = 16;

    private final FormStore forms;
    private final RegistrationStore registrations;
    private final Members members;
    private final BranchAudience audience;
    private final BranchFanout fanout;
    private final Reminders reminders;
    private final PostedRights rights;
    private final Texts texts;
    private final Clock clock;

    Forms(MongoTemplate mongo, Members members, BranchAudience audience, BranchFanout fanout, Reminders reminders,
            PostedRights rights, Texts texts, Clock clock) {
        this.forms = new FormStore(mongo);
        this.registrations = new RegistrationStore(mongo);
        this.members = members;
        this.audience = audience;
        this.fanout = fanout;
        this.reminders = reminders;
        this.rights = rights;
        this.texts = texts;
        this.clock = clock;
    }

    /** A form that a member may answer, and the branch through which it reached them. */
    record Open(Form form, UnitId branch) {
    }

    /**
     * Stores the form for {@code branches} of {@code unit} and starts posting it, if the caller may post
     * to the unit now; plans the creator's summary at the deadline. {@code source} (the event that asked)
     * makes a replay store and send nothing new.
     */
    Form publish(FormSpec spec, Caller caller, UnitId unit, List<UnitId> branches, String source) {
        if (!rights.mayPost(caller, unit)) {
            throw new BadInput("form.create.not_allowed");
        }
        if (branches.isEmpty()) {
            throw new BadInput("form.create.no_branches");
        }
        if (spec.deadline() != null && !spec.deadline().isAfter(clock.instant())) {
            throw new BadInput("form.create.past_deadline");
        }
        Form form = forms.create(new Form(0, OpaqueTokens.next(LINK_LENGTH), spec.title(), spec.description(),
                spec.deadline(), spec.capacity(), spec.waitlist(), spec.fields(), caller.person(), caller.user(), unit,
                branches, clock.instant(), List.of(), List.of()), source);
        if (form.deadline() != null) {
            reminders.save(new Reminder(DeadlineSummary.KIND, Long.toString(form.number()), form.origin(),
                    new Schedule.OneOff(form.deadline()), List.of(Duration.ZERO)));
        }
        fanout.start(form.cause(), FormFanout.KIND, form.branches());
        return form;
    }

    /** Posts the form to these branches (a slice of its fan-out) and plans each one's reminders. */
    void deliver(Form form, List<UnitId> branches) {
        audience.post(form.cause(), branches,
                platform -> FormMessages.post(form, counts(form), texts, Texts.VIETNAMESE, clock), Priority.BULK);
        if (form.deadline() != null) {
            reminders.saveAll(branches.stream().map(branch -> Reminder.of(RegistrationReminder.KIND,
                    Reminder.perBranch(form.number(), branch), branch, new Schedule.OneOff(form.deadline()))).toList());
        }
    }

    /** The form's counts as its post shows them: from its seats, or from its registrations without a limit. */
    FormMessages.Counts counts(Form form) {
        if (form.limited()) {
            return new FormMessages.Counts(form.places().size(), form.waiting().size());
        }
        return new FormMessages.Counts(registrations.count(form.number(), Registration.Status.REGISTERED), 0);
    }

    Optional<Form> find(long number) {
        return forms.find(number);
    }

    Optional<Form> byLink(String link) {
        return forms.byLink(link);
    }

    Optional<Form> latestBy(PersonId creator) {
        return forms.latestBy(creator);
    }

    /** The latest forms that reached any of the person's branches, newest first. */
    List<Form> latestFor(PersonId person, int limit) {
        List<UnitId> branches = members.membershipsOf(person).stream().map(Membership::branch).toList();
        return branches.isEmpty() ? List.of() : forms.latestFor(branches, limit);
    }

    /**
     * The form, if the caller may register for it now: it is still open and they are a member of a branch
     * it reached. Whoever it is not for learns nothing about it (one refusal for gone and not theirs).
     */
    Open open(long number, Caller caller) {
        Form form = forms.find(number).filter(f -> branchOf(f, caller).isPresent())
                .orElseThrow(() -> new BadInput("form.unavailable"));
        if (!form.openAt(clock.instant())) {
            throw closed(form);
        }
        return new Open(form, branchOf(form, caller).orElseThrow());
    }

    BadInput closed(Form form) {
        return new BadInput("form.closed", Map.of("title", form.title(),
                "deadline", FormMessages.deadline(form.deadline(), clock.getZone())));
    }

    /** The branch through which the form reached the person, if it did. */
    Optional<UnitId> branchOf(Form form, Caller caller) {
        return rights.branchOf(form, caller);
    }

    FormStore store() {
        return forms;
    }

    RegistrationStore registrations() {
        return registrations;
    }

    Clock clock() {
        return clock;
    }
}
