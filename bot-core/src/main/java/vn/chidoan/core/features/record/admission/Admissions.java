package vn.chidoan.core.features.record.admission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.Notify;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;
import vn.chidoan.core.org.unit.UnitDirectory;

/**
 * Proposals and their decision. Deciding is one conditional update; the approval's effects (the roster
 * record, its history, its code) are each keyed by the proposal, so a press handled again after a crash
 * finishes them and makes nothing twice.
 */
@Component
class Admissions {
    private final AdmissionStore store;
    private final ClaimCodes codes;
    private final Members members;
    private final Records records;
    private final UnitDirectory directory;
    private final Organisation org;
    private final Notify notify;
    private final PrivateChannel privately;
    private final Clock clock;

    Admissions(MongoTemplate mongo, Members members, Records records,
            UnitDirectory directory, Organisation org, Notify notify, PrivateChannel privately, Clock clock) {
        this.store = new AdmissionStore(mongo);
        this.codes = new ClaimCodes(mongo);
        this.members = members;
        this.records = records;
        this.directory = directory;
        this.org = org;
        this.notify = notify;
        this.privately = privately;
        this.clock = clock;
    }

    AdmissionStore store() {
        return store;
    }

    ClaimCodes codes() {
        return codes;
    }

    /** Records the proposal and sends it to the officers of the nearest unit above that has any; how many got it. */
    int propose(UnitId branch, String name, LocalDate birthDate, Caller by, Replies replies) {
        Admission admission = store.propose(branch, name, birthDate, by.person(), replies.eventKey(), clock.instant());
        List<PersonId> officers = directory.leadersAbove(branch).map(UnitDirectory.Leaders::officers).orElse(List.of());
        List<Replies> reached = notify.to(replies.eventKey() + ":admission", officers);
        reached.forEach(to -> ask(admission, to));
        return reached.size();
    }

    /** The question to an officer, with its buttons. */
    void ask(Admission admission, Replies to) {
        Map<String, Object> model = new HashMap<>(Map.of("name", admission.name(),
                "birth", Formats.date(admission.birthDate()), "branch", branchName(admission.branch())));
        Optional.ofNullable(admission.proposedBy()).flatMap(members::person).map(Person::name)
                .ifPresent(proposer -> model.put("proposer", proposer));
        to.say("record.admission.request", model, List.of(List.of(
                Button.action(to.label("record.admission.approve_button"), AdmissionButtons.data(admission, true)),
                Button.action(to.label("record.admission.refuse_button"), AdmissionButtons.data(admission, false)))));
    }

    /** Approves, or finishes an approval a crash cut short; the proposer gets the new member's code. */
    void approve(Admission admission, Caller officer, Replies replies) {
        Admission decided = admission.status() == Admission.Status.PENDING
                ? store.decide(admission.id(), Admission.Status.APPROVED, officer.person(), clock.instant())
                        .orElseGet(() -> store.find(admission.id()).orElseThrow())
                : admission;
        if (decided.status() != Admission.Status.APPROVED) {
            replies.say("record.admission.already", Map.of("name", decided.name()));
            return;
        }
        RosterEntry entry = members.addByName(decided.branch(), decided.name(), Texts.VIETNAMESE,
                "admission:" + decided.id());
        store.madePerson(decided.id(), entry.person());
        Map<Field, Object> fields = new HashMap<>();
        fields.put(Field.BIRTH_DATE, decided.birthDate());
        fields.put(Field.JOINED_UNION, LocalDate.now(clock));
        records.set(entry.person(), decided.branch(), fields, Operation.ADMITTED,
                new Cause("admission:" + decided.id(), decided.decidedBy(), clock.instant()));
        ClaimCodes.Code code = codes.issue(entry.person(), decided.branch(), clock.instant());
        Map<String, Object> model = codeModel(decided.name(), decided.branch(), code, replies);
        replies.say("record.admission.approved_here", model);
        if (decided.proposedBy() != null) {
            notify.to(replies.eventKey() + ":approved", decided.proposedBy())
                    .ifPresent(to -> to.say("record.admission.approved", codeModel(decided.name(), decided.branch(),
                            code, to)));
        }
    }

    void refuse(Admission admission, Caller officer, Replies replies) {
        Optional<Admission> decided = store.decide(admission.id(), Admission.Status.REFUSED, officer.person(),
                clock.instant());
        if (decided.isEmpty()) {
            replies.say("record.admission.already", Map.of("name", admission.name()));
            return;
        }
        Map<String, Object> model = Map.of("name", admission.name(), "branch", branchName(admission.branch()));
        replies.say("record.admission.refused_here", model);
        if (admission.proposedBy() != null) {
            notify.to(replies.eventKey() + ":refused", admission.proposedBy())
                    .ifPresent(to -> to.say("record.admission.refused", model));
        }
    }

    /** The code of a roster record, issued or shown again, with the link that opens it. */
    Map<String, Object> codeModel(String name, UnitId branch, ClaimCodes.Code code, Replies replies) {
        Map<String, Object> model = new HashMap<>(Map.of("name", name, "branch", branchName(branch), "code", code.code(),
                "until", Formats.date(code.expiresAt().atZone(clock.getZone()).toLocalDate())));
        privately.startLink(replies.chat().platform(), code.code()).ifPresent(link -> model.put("link", link));
        return model;
    }

    String branchName(UnitId branch) {
        return org.unit(branch).map(Unit::name).orElse("");
    }
}
