package vn.chidoan.core.org.member.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.org.member.MemberEvents;
import vn.chidoan.core.org.member.PersonStore;
import vn.chidoan.core.org.member.roster.MembershipStore;

/**
 * Linking a person's accounts on several platforms with a one-time code from {@code /toi}: the account
 * that types the code becomes one more account of the person who showed it. If that account already
 * had its own record, the two records are merged into the code's person: memberships move (the higher
 * role wins), other features move theirs on {@link MemberEvents.PersonsMerged}, then the accounts, and
 * the emptied record is deleted. Each step can be repeated, so a replayed event finishes a merge a
 * crash cut short. A person keeps at most one account per platform.
 */
public final class AccountLinks {
    static final Duration VALIDITY = Duration.ofMinutes(30);

    enum Result {
        LINKED, ALREADY
    }

    private final PersonStore persons;
    private final MembershipStore memberships;
    private final LinkCodeStore codes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public AccountLinks(PersonStore persons, MembershipStore memberships, LinkCodeStore codes, Clock clock,
            ApplicationEventPublisher events) {
        this.persons = persons;
        this.memberships = memberships;
        this.codes = codes;
        this.clock = clock;
        this.events = events;
    }

    LinkCodeStore.LinkCodeDoc issue(PersonId person) {
        return codes.issue(person.value(), clock.instant(), VALIDITY);
    }

    /** The code, if the account may still use it; {@link BadInput} saying why not otherwise. */
    LinkCodeStore.LinkCodeDoc usable(String typed, UserRef account) {
        String code = LinkCodeStore.normalise(typed);
        LinkCodeStore.LinkCodeDoc doc = codes.find(code).filter(d -> persons.byId(d.person()).isPresent())
                .orElseThrow(() -> new BadInput("member.link.unknown", Map.of("code", code)));
        if (doc.usedBy() != null && !doc.usedBy().equals(account.key())) {
            throw new BadInput("member.link.used", Map.of("code", code));
        }
        if (doc.usedBy() == null && doc.expired(clock.instant())) {
            throw new BadInput("member.link.expired", Map.of("code", code));
        }
        return doc;
    }

    /** Makes {@code account} an account of the code's person; throws {@link BadInput} when it may not. */
    Result link(String typed, UserRef account) {
        LinkCodeStore.LinkCodeDoc doc = usable(typed, account);
        String into = doc.person();
        String owner = persons.ownerOf(account.key()).orElse(null);
        if (into.equals(owner) && doc.mergeFrom() == null) {
            return Result.ALREADY;
        }
        if (!into.equals(owner)) {
            refuseSecondAccountOnAPlatform(into, owner, account);
        }
        Instant now = clock.instant();
        if (codes.claim(doc.code(), account.key(), now).isEmpty()) {
            usable(typed, account);
            throw new BadInput("member.link.used", Map.of("code", doc.code()));
        }
        if (owner == null) {
            owner = persons.attach(account.key(), into, now);
        }
        String from = into.equals(owner) ? doc.mergeFrom() : codes.mergingFrom(doc.code(), owner).mergeFrom();
        if (from != null && !from.equals(into)) {
            merge(from, into);
        }
        return Result.LINKED;
    }

    /**
     * Merges two records of one person without a code: {@code from} (a roster record the BCH made, which
     * its person has just claimed) into {@code into}, as a link code's merge does; repeated safely.
     */
    public void mergeRecords(PersonId from, PersonId into) {
        if (!from.equals(into)) {
            merge(from.value(), into.value());
        }
    }

    private void refuseSecondAccountOnAPlatform(String into, String owner, UserRef account) {
        Set<Platform> theirs = platformsOf(into);
        Set<Platform> joining = owner == null ? Set.of(account.platform()) : platformsOf(owner);
        joining.stream().filter(theirs::contains).findFirst().ifPresent(platform -> {
            throw new BadInput("member.link.platform_taken", Map.of(platform.code(), true));
        });
    }

    private Set<Platform> platformsOf(String person) {
        return persons.accountsOf(Set.of(person)).stream().map(a -> UserRef.parse(a.id()).platform())
                .collect(Collectors.toSet());
    }

    private void merge(String from, String into) {
        memberships.ofPerson(from).forEach(membership -> memberships.adopt(membership, into));
        events.publishEvent(new MemberEvents.PersonsMerged(new PersonId(from), new PersonId(into)));
        persons.moveAccounts(from, into);
        memberships.deleteAllOf(from);
        codes.deleteOf(from);
        persons.deleteRecord(from);
    }
}
