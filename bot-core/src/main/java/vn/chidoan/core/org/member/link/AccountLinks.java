package vn.chidoan.core.org.member.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.personal.PersonalDataStores;
import vn.chidoan.core.kernel.text.CleanText;
import vn.chidoan.core.org.member.MemberEvents;
import vn.chidoan.core.org.member.PersonStore;
import vn.chidoan.core.org.member.WrongCode;
import vn.chidoan.core.org.member.roster.MembershipStore;

/**
 * Linking a person's accounts on several platforms with a one-time code from {@code /toi}. Opening
 * the code only asks ({@link #offer}: whose profile it would join); the account joins the code's person
 * when its owner confirms ({@link #link}). If that account already had a record of its own, the two
 * are merged into the code's person through every store ({@link PersonalDataStores#move}), but a
 * record holding memberships or offices merges only when the two names match ({@link CleanText#sameName}):
 * roles never move to somebody else's record. Every link is audited ({@link LinkAudit}) and can be undone
 * for {@link #UNDO_FOR} ({@link Unlinking}). Each step can be repeated, so a replayed event finishes a
 * merge a crash cut short. A person keeps at most one account per platform.
 */
public final class AccountLinks {
    static final Duration VALIDITY = Duration.ofMinutes(30);
    static final Duration UNDO_FOR = Duration.ofDays(7);

    /** What the code would join: the person, their name and the platforms they use. */
    record Offer(String code, PersonId person, String name, List<Platform> platforms) {
    }

    /** A link made ({@code already} when the account was the person's before this code). */
    record Linked(String code, PersonId person, boolean already) {
    }

    private final PersonStore persons;
    private final MembershipStore memberships;
    private final LinkCodeStore codes;
    private final LinkAudit audit;
    private final PersonalDataStores personal;
    private final Unlinking unlinking;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public AccountLinks(PersonStore persons, MembershipStore memberships, LinkCodeStore codes, LinkAudit audit,
            PersonalDataStores personal, Clock clock, ApplicationEventPublisher events) {
        this.persons = persons;
        this.memberships = memberships;
        this.codes = codes;
        this.audit = audit;
        this.personal = personal;
        this.unlinking = new Unlinking(persons, memberships, audit, clock, events);
        this.clock = clock;
        this.events = events;
    }

    Unlinking unlinking() {
        return unlinking;
    }

    LinkCodeStore.LinkCodeDoc issue(PersonId person) {
        return codes.issue(person.value(), clock.instant(), VALIDITY);
    }

    /**
     * What opening the code from {@code account} would do, checked as {@link #link} checks it, storing
     * nothing; {@code holdsOffice} says whether the account's own record leads a unit.
     */
    Offer offer(String typed, UserRef account, boolean holdsOffice) {
        LinkCodeStore.LinkCodeDoc doc = usable(typed, account);
        String owner = persons.ownerOf(account.key()).orElse(null);
        if (!doc.person().equals(owner)) {
            refuse(doc.person(), owner, account, holdsOffice);
        }
        return new Offer(doc.code(), new PersonId(doc.person()), persons.nameOf(doc.person()).orElse(null),
                platformsOf(doc.person()).stream().sorted().toList());
    }

    /**
     * Makes {@code account} an account of the code's person, once its owner confirmed; throws
     * {@link BadInput} when it may not. A record the account had is merged in.
     */
    Linked link(String typed, UserRef account, boolean holdsOffice) {
        LinkCodeStore.LinkCodeDoc doc = usable(typed, account);
        String into = doc.person();
        String owner = persons.ownerOf(account.key()).orElse(null);
        if (into.equals(owner) && doc.mergeFrom() == null && audit.find(doc.code()).isEmpty()) {
            return new Linked(doc.code(), new PersonId(into), true);
        }
        if (!into.equals(owner)) {
            refuse(into, owner, account, holdsOffice);
        }
        Instant now = clock.instant();
        if (codes.claim(doc.code(), account.key(), now).isEmpty()) {
            usable(typed, account);
            throw new WrongCode("member.link.used", Map.of("code", doc.code()));
        }
        String from = into.equals(owner) ? doc.mergeFrom() : owner == null ? null
                : codes.mergingFrom(doc.code(), owner).mergeFrom();
        LinkAudit.Kind kind = from == null ? LinkAudit.Kind.LINK : LinkAudit.Kind.MERGE;
        audit.record(new LinkAudit.Entry(doc.code(), kind, now, account.key(), into, account.key(), from,
                from == null ? List.of() : moved(from, into), now.plus(UNDO_FOR), null));
        if (owner == null) {
            persons.attach(account.key(), into, now);
        }
        if (from != null && !from.equals(into)) {
            personal.move(new PersonId(from), new PersonId(into));
            events.publishEvent(new MemberEvents.PersonsMerged(new PersonId(from), new PersonId(into)));
        }
        return new Linked(doc.code(), new PersonId(into), false);
    }

    /** The code, if the account may still use it; {@link WrongCode} saying why not otherwise. */
    private LinkCodeStore.LinkCodeDoc usable(String typed, UserRef account) {
        String code = LinkCodeStore.normalise(typed);
        LinkCodeStore.LinkCodeDoc doc = codes.find(code).filter(d -> persons.byId(d.person()).isPresent())
                .orElseThrow(() -> new WrongCode("member.link.unknown", Map.of("code", code)));
        if (doc.usedBy() != null && !doc.usedBy().equals(account.key())) {
            throw new WrongCode("member.link.used", Map.of("code", code));
        }
        if (doc.usedBy() == null && doc.expired(clock.instant())) {
            throw new WrongCode("member.link.expired", Map.of("code", code));
        }
        return doc;
    }

    /**
     * Refuses a second account on a platform the person has, and a record with roles (memberships or
     * offices) joining a person of another name: that would hand the roles to someone else.
     */
    private void refuse(String into, String owner, UserRef account, boolean holdsOffice) {
        Set<Platform> theirs = platformsOf(into);
        Set<Platform> joining = owner == null ? Set.of(account.platform()) : platformsOf(owner);
        joining.stream().filter(theirs::contains).findFirst().ifPresent(platform -> {
            throw new BadInput("member.link.platform_taken", Map.of(platform.code(), true));
        });
        boolean holdsRoles = owner != null && (holdsOffice || !memberships.ofPerson(owner).isEmpty());
        String name = owner == null ? null : persons.nameOf(owner).orElse(null);
        if (holdsRoles && !CleanText.sameName(name, persons.nameOf(into).orElse(null))) {
            throw new BadInput("member.link.name_mismatch", name == null ? Map.of() : Map.of("name", name));
        }
    }

    private Set<Platform> platformsOf(String person) {
        return persons.accountsOf(Set.of(person)).stream().map(a -> UserRef.parse(a.id()).platform())
                .collect(Collectors.toSet());
    }

    /** The memberships {@code from} brings, with the role {@code into} had in each branch before. */
    private List<LinkAudit.Moved> moved(String from, String into) {
        return memberships.ofPerson(from).stream().map(m -> new LinkAudit.Moved(m.branch(), m.role(),
                memberships.active(into, m.branch()).map(MembershipStore.MembershipDoc::role).orElse(null))).toList();
    }
}
