package vn.chidoan.core.org.member.link;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.org.member.MemberEvents;
import vn.chidoan.core.org.member.PersonStore;
import vn.chidoan.core.org.member.roster.MembershipStore;

/**
 * Taking accounts apart again. Undoing a link (its button, for {@link AccountLinks#UNDO_FOR}) takes the
 * account out of the person it joined: the record it brought, if any, comes back under its old id with
 * the memberships it brought (the surviving record goes back to the role it had in each branch) and,
 * through {@link MemberEvents.LinkUndone}, the offices; what was written meanwhile stays with the
 * surviving record. Unlinking from {@code /toi} takes one of the person's other accounts away: it
 * belongs to no one after. Each is audited and can be repeated.
 */
final class Unlinking {
    private final PersonStore persons;
    private final MembershipStore memberships;
    private final LinkAudit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Unlinking(PersonStore persons, MembershipStore memberships, LinkAudit audit, Clock clock,
            ApplicationEventPublisher events) {
        this.persons = persons;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Undoes the link made with {@code code}, at the request of {@code presser}; returns the account taken out. */
    UserRef undo(String code, PersonId presser, UserRef by) {
        LinkAudit.Entry link = audit.find(code).filter(e -> e.kind() == LinkAudit.Kind.LINK
                || e.kind() == LinkAudit.Kind.MERGE).filter(e -> e.person() != null)
                .orElseThrow(() -> new BadInput("member.link.undo_gone"));
        if (link.undoneAt() != null) {
            throw new BadInput("member.link.undo_done");
        }
        Instant now = clock.instant();
        if (!link.undoableAt(now)) {
            throw new BadInput("member.link.undo_late");
        }
        if (!link.person().equals(presser == null ? null : presser.value())) {
            throw new BadInput("member.link.undo_gone");
        }
        String into = link.person();
        if (link.from() == null) {
            persons.detach(link.account(), into, null);
        } else {
            persons.restore(link.from(), into, "undo:" + code, now);
            persons.detach(link.account(), into, link.from());
            giveBack(link, into);
            events.publishEvent(new MemberEvents.LinkUndone(new PersonId(into), new PersonId(link.from())));
        }
        audit.undone(code, now);
        audit.record(new LinkAudit.Entry("undo:" + code, LinkAudit.Kind.UNDO, now, by.key(), into, link.account(),
                link.from(), List.of(), null, null));
        return UserRef.parse(link.account());
    }

    /** Takes the person's account on {@code platform} (not the one asking) away from them; returns it. */
    UserRef unlink(PersonId person, Platform platform, UserRef by, String eventKey) {
        Optional<UserRef> account = persons.accountsOf(List.of(person.value())).stream()
                .map(a -> UserRef.parse(a.id())).filter(a -> a.platform() == platform && !a.equals(by)).findFirst();
        if (account.isEmpty()) {
            throw new BadInput("member.link.unlink_gone", Map.of(platform.code(), true));
        }
        persons.detach(account.get().key(), person.value(), null);
        audit.record(new LinkAudit.Entry("unlink:" + eventKey, LinkAudit.Kind.UNLINK, clock.instant(), by.key(),
                person.value(), account.get().key(), null, List.of(), null, null));
        return account.get();
    }

    /** The memberships the merged record brought go back to it; the surviving one keeps what it had. */
    private void giveBack(LinkAudit.Entry link, String into) {
        for (LinkAudit.Moved moved : link.memberships()) {
            memberships.restore(link.from(), into, moved.branch(), moved.role(), moved.intoRole(), clock.instant());
        }
    }
}
