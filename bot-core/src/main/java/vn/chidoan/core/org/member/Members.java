package vn.chidoan.core.org.member;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Branches;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalDataStores;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.link.AccountLinks;
import vn.chidoan.core.org.member.link.LinkAudit;
import vn.chidoan.core.org.member.link.LinkCodeStore;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.member.roster.MembershipStore;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * Public API of the member feature: who a platform account is, their branches and roles, and the
 * roster of a branch. Nothing personal is stored before {@link #register} records consent; nobody is
 * ever a member of a unit that is not a branch.
 */
@Service
public class Members {
    static final int NAME_MIN = 2;
    static final int NAME_MAX = 80;

    private final PersonStore persons;
    private final MembershipStore memberships;
    private final LinkCodeStore linkCodes;
    private final AccountLinks links;
    private final CodeAttempts attempts;
    private final Rosters rosters;
    private final PersonalDataStores personal;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Branches branches;

    public Members(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events, Branches branches,
            PersonalDataStores personal) {
        this.branches = branches;
        this.persons = new PersonStore(mongo);
        this.memberships = new MembershipStore(mongo);
        this.linkCodes = new LinkCodeStore(mongo);
        this.links = new AccountLinks(persons, memberships, linkCodes, new LinkAudit(mongo), personal, clock, events);
        this.attempts = new CodeAttempts(mongo, clock);
        this.rosters = new Rosters(persons, memberships);
        this.personal = personal;
        this.clock = clock;
        this.events = events;
    }

    /** The language to answer a speaker in, from their platform's setting: English or Vietnamese. */
    public static String languageOf(Speaker speaker) {
        String code = speaker.languageCode() == null ? "" : speaker.languageCode().toLowerCase(Locale.ROOT);
        return code.startsWith("en") ? "en" : Texts.VIETNAMESE;
    }

    public Optional<Person> personOf(UserRef account) {
        return persons.byAccount(account.key()).map(Members::person);
    }

    public Optional<Person> person(PersonId id) {
        return persons.byId(id.value()).map(Members::person);
    }

    /** These persons, in one read (one no longer stored is left out). */
    public Map<PersonId, Person> people(Collection<PersonId> ids) {
        return persons.byIds(ids.stream().map(PersonId::value).distinct().toList()).stream()
                .collect(Collectors.toMap(doc -> new PersonId(doc.id()), Members::person));
    }

    /**
     * Records that the speaker agreed to have their data stored, creating their person from the profile
     * (a name that cannot be used is left empty for them to type).
     */
    public Person register(Speaker speaker) {
        String name = Arguments.nameOrNull(speaker.displayName(), NAME_MIN, NAME_MAX);
        return person(persons.register(speaker.ref().key(), name, languageOf(speaker), clock.instant()));
    }

    /** Corrects a person's name; throws {@link BadInput} {@code member.name.bad} for what is not a name. */
    public String rename(PersonId id, String typed) {
        String name = Arguments.name(typed, NAME_MIN, NAME_MAX, "member.name.bad");
        persons.rename(id.value(), name);
        return name;
    }

    /**
     * Erases the person from every store that keeps them ({@link PersonalDataStores}: their record,
     * accounts and memberships, and what every feature keeps), then says so with
     * {@link MemberEvents.PersonErased}.
     */
    public void erase(PersonId id) {
        String name = persons.byId(id.value()).map(PersonStore.PersonDoc::name).orElse(null);
        personal.erase(new DataSubject(id, accountsOf(id), name));
        events.publishEvent(new MemberEvents.PersonErased(id));
    }

    /** The person's platform accounts, oldest link first. */
    public List<UserRef> accountsOf(PersonId person) {
        return accountsOf(List.of(person)).getOrDefault(person, List.of());
    }

    /** The platform accounts of each of these persons (a person with none is left out). */
    public Map<PersonId, List<UserRef>> accountsOf(Collection<PersonId> people) {
        return persons.accountsOf(people.stream().map(PersonId::value).toList()).stream()
                .collect(Collectors.groupingBy(account -> new PersonId(account.person()), LinkedHashMap::new,
                        Collectors.mapping(account -> UserRef.parse(account.id()), Collectors.toList())));
    }

    /** The BCH adds someone by name (a record with no account yet); idempotent per {@code origin}. */
    public RosterEntry addByName(UnitId branch, String typedName, String lang, String origin) {
        branches.requireBranch(branch);
        String name = Arguments.name(typedName, NAME_MIN, NAME_MAX, "member.add.bad_name");
        PersonId id = new PersonId(persons.createWithoutAccount(name, lang, origin, clock.instant()).id());
        join(id, branch, Role.MEMBER);
        return rosterEntryOf(branch, id).orElseThrow();
    }

    /** Makes the person an active member of the branch with at least {@code role}; true if newly joined. */
    public boolean join(PersonId person, UnitId branch, Role role) {
        branches.requireBranch(branch);
        boolean joined = memberships.join(person.value(), branch.value(), role, clock.instant());
        if (joined) {
            events.publishEvent(new MemberEvents.MemberJoined(person, branch, role));
        }
        return joined;
    }

    /**
     * Joins the branch with its join code, as {@link #join} does, unless the BCH removed the person and
     * has not let them back ({@link BadInput} {@code member.join.barred}).
     */
    public boolean joinWithCode(PersonId person, UnitId branch) {
        if (memberships.barred(person.value(), branch.value())) {
            throw new BadInput("member.join.barred");
        }
        return join(person, branch, Role.MEMBER);
    }

    /** The BCH lets someone they removed join again with the branch's code; false if they were not barred. */
    public boolean letRejoin(PersonId person, UnitId branch) {
        return memberships.letRejoin(person.value(), branch.value());
    }

    /** Raises an active member's role (to BCH or secretary); false if they already had it or more. */
    public boolean promote(PersonId person, UnitId branch, Role role) {
        branches.requireBranch(branch);
        return memberships.raise(MembershipStore.id(person.value(), branch.value()), role);
    }

    public boolean remove(PersonId person, UnitId branch) {
        boolean removed = memberships.remove(person.value(), branch.value(), clock.instant());
        if (removed) {
            events.publishEvent(new MemberEvents.MemberRemoved(person, branch));
        }
        return removed;
    }

    public Optional<Membership> membership(PersonId person, UnitId branch) {
        return memberships.active(person.value(), branch.value()).map(Members::membership);
    }

    /** The person's active memberships, most recent first. */
    public List<Membership> membershipsOf(PersonId person) {
        return memberships.ofPerson(person.value()).stream().map(Members::membership).toList();
    }

    /** The branch's active members, numbered from 1 in the order they joined. */
    public List<RosterEntry> roster(UnitId branch) {
        return rosters.roster(branch);
    }

    /**
     * The active members of each branch, in roster order, from one read of the memberships however
     * many branches there are: for fan-out to a subtree. A branch with no member is left out.
     */
    public Map<UnitId, List<PersonId>> activeMembers(Collection<UnitId> branches) {
        return rosters.activeMembers(branches);
    }

    /**
     * The active memberships of each branch (with when each member joined), in roster order, from one read
     * however many branches there are: for figures over a subtree. A branch with no member is left out.
     */
    public Map<UnitId, List<Membership>> activeMemberships(Collection<UnitId> branches) {
        Map<UnitId, List<Membership>> members = new LinkedHashMap<>();
        for (MembershipStore.MembershipDoc doc : memberships.rosters(branches.stream().map(UnitId::value).toList())) {
            members.computeIfAbsent(new UnitId(doc.branch()), b -> new ArrayList<>()).add(membership(doc));
        }
        return members;
    }

    /** The roster line at {@code number}; {@link BadInput} {@code member.roster.no_such_number} if none. */
    public RosterEntry rosterEntry(UnitId branch, int number) {
        return rosters.entry(branch, number);
    }

    /** The person's line in the branch's roster, if they are an active member. */
    public Optional<RosterEntry> rosterEntryOf(UnitId branch, PersonId person) {
        return roster(branch).stream().filter(entry -> entry.person().equals(person)).findFirst();
    }

    public long countActive(Collection<UnitId> branches) {
        return memberships.countActive(branches.stream().map(UnitId::value).toList());
    }

    public AccountLinks links() {
        return links;
    }

    /** Codes typed by an account, counted so that they cannot be guessed. */
    public CodeAttempts attempts() {
        return attempts;
    }

    private static Person person(PersonStore.PersonDoc doc) {
        return new Person(new PersonId(doc.id()), doc.name(), doc.lang(), doc.consentAt());
    }

    private static Membership membership(MembershipStore.MembershipDoc doc) {
        return new Membership(new PersonId(doc.person()), new UnitId(doc.branch()), doc.role(), doc.joinedAt());
    }
}
