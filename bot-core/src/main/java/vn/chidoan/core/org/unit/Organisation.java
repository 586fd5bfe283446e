package vn.chidoan.core.org.unit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Branches;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.ChatRoutes;
import vn.chidoan.core.org.member.MemberEvents;

/**
 * Public API of the organisation: the unit tree, which group chat belongs to which branch, and who is
 * an officer where. Whether the bot is still in a branch's group is not kept here but asked of the
 * outbox, which owns a chat's reachability ({@link ChatRoutes}). The feature's own commands also reach
 * its stores through the package-private accessors.
 */
@Service
public class Organisation implements Branches {
    private final UnitStore units;
    private final ChatLinkStore links;
    private final InviteStore invites;
    private final OfficerStore officers;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<Platform, DeepLinks> deepLinks;
    private final ChatRoutes chats;
    private final UsableCodes codes;

    public Organisation(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events,
            List<DeepLinks> deepLinks, ChatRoutes chats) {
        this(mongo, clock, events, deepLinks, chats, CodeProperties.defaults());
    }

    @Autowired
    public Organisation(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events,
            List<DeepLinks> deepLinks, ChatRoutes chats, CodeProperties codeSettings) {
        this.units = new UnitStore(mongo);
        this.links = new ChatLinkStore(mongo);
        this.invites = new InviteStore(mongo);
        this.officers = new OfficerStore(mongo);
        this.codes = new UsableCodes(invites, units, codeSettings.validity(), clock);
        this.clock = clock;
        this.events = events;
        this.deepLinks = deepLinks.stream().collect(Collectors.toMap(DeepLinks::platform, Function.identity()));
        this.chats = chats;
    }

    public Optional<Unit> unit(UnitId id) {
        return units.byId(id);
    }

    @Override
    public boolean isBranch(UnitId unit) {
        return unit != null && units.byId(unit).filter(u -> u.kind().isBranch()).isPresent();
    }

    /** The top of the tree (the Tỉnh đoàn), once an admin has created it. */
    public Optional<Unit> root() {
        return units.root();
    }

    /** The branch whose group this is, while the bot is in it. */
    public Optional<UnitId> branchOfChat(ChatRef chat) {
        return links.byChat(chat).filter(this::botIsIn).map(l -> new UnitId(l.branch()));
    }

    /** The branch a group was last linked to, even after the bot left it (to name it in a report of failures). */
    public Optional<UnitId> branchLinkedTo(ChatRef chat) {
        return links.byChat(chat).map(l -> new UnitId(l.branch()));
    }

    /** The branch's group on a platform, while the bot is in it. */
    public Optional<ChatRef> chatOfBranch(UnitId branch, Platform platform) {
        return links.ofBranch(branch, platform).filter(this::botIsIn).map(ChatLinkStore.LinkDoc::chatRef);
    }

    /**
     * The groups of these branches on these platforms that the bot is still in, in two reads however
     * many branches: a
     * branch's groups follow the order of {@code platforms}; a branch with none is left out.
     */
    public Map<UnitId, List<ChatRef>> groupsOf(Collection<UnitId> branches, List<Platform> platforms) {
        Map<UnitId, List<ChatRef>> groups = new LinkedHashMap<>();
        List<ChatLinkStore.LinkDoc> linked = links.ofBranches(branches, platforms);
        Map<ChatRef, ChatRoutes.Route> routes = chats.routes(
                linked.stream().map(ChatLinkStore.LinkDoc::chatRef).toList());
        linked.stream().filter(link -> routes.get(link.chatRef()).reachable())
                .sorted(Comparator.comparingInt(link -> platforms.indexOf(link.platform())))
                .forEach(link -> groups.computeIfAbsent(new UnitId(link.branch()), b -> new ArrayList<>())
                        .add(link.chatRef()));
        return groups;
    }

    /** Whether the bot is still in the linked group, as far as the platform said (the outbox knows). */
    private boolean botIsIn(ChatLinkStore.LinkDoc link) {
        return chats.route(link.chatRef()).reachable();
    }

    /** Every branch at or below the unit, for fan-out to a subtree. */
    public List<UnitId> branchesWithin(UnitId unit) {
        return units.branchesWithin(unit);
    }

    /** The units directly below {@code parent}, sub-units before branches, by name; at most {@code limit}. */
    public List<Unit> children(UnitId parent, int limit) {
        return units.children(parent, limit);
    }

    /** The unit and every unit below it (names, kinds, ancestors), in one read: for roll-ups by sub-unit. */
    public List<Unit> unitsWithin(UnitId unit) {
        return units.within(unit);
    }

    public Set<UnitId> officerUnits(PersonId person) {
        return Set.copyOf(officers.unitsOf(person));
    }

    /** The officers of each of these units, in one read (a unit with none is left out). */
    public Map<UnitId, List<PersonId>> officersOf(Collection<UnitId> units) {
        Map<UnitId, List<PersonId>> officersOf = new LinkedHashMap<>();
        officers.ofUnits(units).forEach(o -> officersOf.computeIfAbsent(new UnitId(o.unit()), u -> new ArrayList<>())
                .add(new PersonId(o.person())));
        return officersOf;
    }

    /** The highest of the units a person is an officer of, if any. */
    public Optional<Unit> topOfficerUnit(PersonId person) {
        return units.byIds(officers.unitsOf(person)).stream()
                .min(Comparator.comparingInt((Unit u) -> u.ancestors().size()).thenComparing(u -> u.id().value()));
    }

    /** A merge was undone: the record that came back leads again what it had brought. */
    @EventListener
    public void on(MemberEvents.LinkUndone undone) {
        officers.giveBack(undone.person(), undone.restored());
    }

    /** Creates a unit below {@code parent} (or the root when null); idempotent per {@code origin}. */
    public Unit create(String name, UnitKind kind, Unit parent, String origin) {
        if (parent != null && parent.kind().isBranch()) {
            throw new BadInput("org.unit.below_branch");
        }
        if (parent != null && !kind.isBranch() && !parent.kind().hasSubUnits()) {
            throw new BadInput("org.unit.below_grassroots");
        }
        Unit created = units.create(name, kind, parent, origin, clock.instant());
        events.publishEvent(new OrgEvents.UnitCreated(created.id(), kind, created.parent()));
        return created;
    }

    /** Makes the person an officer of the unit (and so of its subtree); appointing again changes nothing. */
    public void appoint(PersonId person, UnitId unit) {
        officers.appoint(person, unit, clock.instant());
        events.publishEvent(new OrgEvents.OfficerAppointed(person, unit));
    }

    /**
     * Links a group chat to a branch on behalf of {@code by}, as {@code /lienket} does once its code is
     * checked (for data set up without a code, such as a demo); true if the chat is now the branch's.
     */
    public boolean link(ChatRef chat, UnitId branch, PersonId by) {
        boolean linked = link(chat, branch, by.value()) == ChatLinkStore.Outcome.LINKED;
        if (linked) {
            events.publishEvent(new OrgEvents.BranchLinked(branch, chat));
        }
        return linked;
    }

    /** Links the group to the branch, replacing the branch's earlier group only if the bot left it. */
    ChatLinkStore.Outcome link(ChatRef chat, UnitId branch, String person) {
        return links.link(chat, branch, person, clock.instant(), group -> chats.route(group).reachable());
    }

    Optional<String> startLink(Platform platform, String payload) {
        return Optional.ofNullable(deepLinks.get(platform)).flatMap(links -> links.startLink(payload));
    }

    UnitStore units() {
        return units;
    }

    ChatLinkStore links() {
        return links;
    }

    InviteStore invites() {
        return invites;
    }

    UsableCodes codes() {
        return codes;
    }

    OfficerStore officers() {
        return officers;
    }

    Clock clock() {
        return clock;
    }

    void published(Object event) {
        events.publishEvent(event);
    }
}
