package vn.chidoan.core.features.record.transfer;

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
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.Notify;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Transfers and their decision. Accepting is one conditional update; what follows (the record and its
 * history move, the member joins the receiving roster and leaves the sending one) is keyed or
 * idempotent, so a press handled again after a crash finishes it and does nothing twice. The record moves
 * first, so the roster changes that follow read as this transfer and not as a removal.
 */
@Component
class Transfers {
    private final TransferStore store;
    private final Records records;
    private final Members members;
    private final Organisation org;
    private final Notify notify;
    private final Clock clock;

    Transfers(MongoTemplate mongo, Records records, Members members, Organisation org, Notify notify, Clock clock) {
        this.store = new TransferStore(mongo);
        this.records = records;
        this.members = members;
        this.org = org;
        this.notify = notify;
        this.clock = clock;
    }

    TransferStore store() {
        return store;
    }

    /** Starts it and asks the receiving branch's secretaries; how many of them the bot could reach. */
    int start(PersonId person, UnitId from, UnitId to, Caller by, Replies replies) {
        Transfer transfer = store.start(person, from, to, by.person(), replies.eventKey(), clock.instant());
        List<PersonId> secretaries = members.roster(transfer.to()).stream()
                .filter(entry -> entry.role().atLeast(Role.SECRETARY)).map(RosterEntry::person).toList();
        List<Replies> reached = notify.to(replies.eventKey() + ":transfer", secretaries);
        reached.forEach(secretary -> ask(transfer, secretary));
        return reached.size();
    }

    /** The question to the receiving secretary, with its buttons. */
    void ask(Transfer transfer, Replies to) {
        to.say("record.transfer.request", model(transfer), List.of(List.of(
                Button.action(to.label("record.transfer.accept_button"), TransferButtons.data(transfer, "y")),
                Button.action(to.label("record.transfer.refuse_button"), TransferButtons.data(transfer, "n")))));
    }

    /**
     * Accepts, or finishes an acceptance a crash cut short; an acceptance already carried out is only
     * answered ("already"), so a second press sends nobody anything twice.
     */
    void accept(Transfer transfer, Caller secretary, Replies replies) {
        Transfer decided = transfer.status() == Transfer.Status.PENDING
                ? store.decide(transfer.id(), Transfer.Status.ACCEPTED, secretary.person(), clock.instant())
                        .orElseGet(() -> store.find(transfer.id()).orElseThrow())
                : transfer;
        if (decided.status() != Transfer.Status.ACCEPTED || transfer.status() == Transfer.Status.ACCEPTED
                && moved(decided)) {
            replies.say("record.transfer.already", model(decided));
            return;
        }
        Cause cause = new Cause("transfer:" + decided.id(), decided.decidedBy(), clock.instant());
        records.transfer(decided.person(), decided.from(), decided.to(), LocalDate.now(clock), null, cause);
        members.join(decided.person(), decided.to(), Role.MEMBER);
        members.remove(decided.person(), decided.from());
        Map<String, Object> model = model(decided);
        replies.say("record.transfer.accepted_here", model);
        String key = replies.eventKey() + ":accepted";
        Optional.ofNullable(decided.startedBy()).flatMap(by -> notify.to(key, by))
                .ifPresent(to -> to.say("record.transfer.accepted", model(decided)));
        notify.to(key + ":member", decided.person()).ifPresent(to -> to.say("record.transfer.moved", model(decided)));
    }

    /** Whether an accepted transfer's move is done: on the receiving roster, off the sending one. */
    private boolean moved(Transfer transfer) {
        return members.rosterEntryOf(transfer.to(), transfer.person()).isPresent()
                && members.rosterEntryOf(transfer.from(), transfer.person()).isEmpty();
    }

    void refuse(Transfer transfer, Caller secretary, Replies replies) {
        Optional<Transfer> decided = store.decide(transfer.id(), Transfer.Status.REFUSED, secretary.person(),
                clock.instant());
        if (decided.isEmpty()) {
            replies.say("record.transfer.already", model(transfer));
            return;
        }
        replies.say("record.transfer.refused_here", model(transfer));
        Optional.ofNullable(transfer.startedBy()).flatMap(by -> notify.to(replies.eventKey() + ":refused", by))
                .ifPresent(to -> to.say("record.transfer.refused", model(transfer)));
    }

    void cancel(Transfer transfer, Caller secretary, Replies replies) {
        boolean cancelled = store.decide(transfer.id(), Transfer.Status.CANCELLED, secretary.person(),
                clock.instant()).isPresent();
        replies.say(cancelled ? "record.transfer.cancelled" : "record.transfer.already", model(transfer));
    }

    Map<String, Object> model(Transfer transfer) {
        Map<String, Object> model = new HashMap<>(Map.of("from", name(transfer.from()), "to", name(transfer.to())));
        members.person(transfer.person()).map(Person::name).ifPresent(name -> model.put("name", name));
        Optional.ofNullable(transfer.startedBy()).flatMap(members::person).map(Person::name)
                .ifPresent(name -> model.put("by", name));
        return model;
    }

    String name(UnitId branch) {
        return org.unit(branch).map(Unit::name).orElse("");
    }
}
