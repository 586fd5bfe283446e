package vn.chidoan.core.org.unit;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.member.Person;

/**
 * Who a speaker is and what they may do where they speak. In a group: their role in the linked branch,
 * or officer if they lead a unit the branch is under. In a private chat: officer of their highest
 * unit, the root for an admin, else their role in their latest branch. Configured admins are admins everywhere.
 */
@Component
class OrgCallerResolver implements CallerResolver {
    private final Organisation org;
    private final Members members;
    private final Set<String> admins;

    OrgCallerResolver(Organisation org, Members members, BootstrapProperties bootstrap) {
        this.org = org;
        this.members = members;
        this.admins = bootstrap.adminKeys();
    }

    private record Place(UnitId unit, Role role) {
    }

    @Override
    public Caller resolve(ChatRef chat, ChatKind kind, Speaker speaker) {
        Optional<Person> person = members.personOf(speaker.ref());
        PersonId id = person.map(Person::id).orElse(null);
        String lang = person.map(Person::lang).orElseGet(() -> Members.languageOf(speaker));
        Set<UnitId> officerOf = id == null ? Set.of() : org.officerUnits(id);
        boolean admin = admins.contains(speaker.ref().key());
        Place place = kind == ChatKind.GROUP ? inGroup(chat, id, officerOf) : inPrivate(id, officerOf, admin);
        Role role = admin ? Role.ADMIN : place.role();
        return new Caller(id, speaker, lang, place.unit(), role, officerOf, admin);
    }

    @Override
    public Caller on(Caller caller, UnitId unit) {
        if (unit == null) {
            return caller;
        }
        Role role = caller.admin() ? Role.ADMIN : roleOn(unit, caller.person(), caller.officerOf());
        return new Caller(caller.person(), caller.speaker(), caller.lang(), unit, role, caller.officerOf(),
                caller.admin());
    }

    private Place inGroup(ChatRef chat, PersonId person, Set<UnitId> officerOf) {
        return org.branchOfChat(chat).map(branch -> new Place(branch, roleOn(branch, person, officerOf)))
                .orElse(new Place(null, Role.GUEST));
    }

    /** Officer of the unit or one above it, else the role of their membership in it, else guest. */
    private Role roleOn(UnitId unit, PersonId person, Set<UnitId> officerOf) {
        if (!officerOf.isEmpty() && org.unit(unit).filter(u -> officerOf.stream().anyMatch(u::within)).isPresent()) {
            return Role.OFFICER;
        }
        return person == null ? Role.GUEST
                : members.membership(person, unit).map(Membership::role).orElse(Role.GUEST);
    }

    private Place inPrivate(PersonId person, Set<UnitId> officerOf, boolean admin) {
        if (!officerOf.isEmpty()) {
            return org.topOfficerUnit(person).map(u -> new Place(u.id(), Role.OFFICER))
                    .orElse(new Place(null, Role.GUEST));
        }
        if (admin) {
            return new Place(org.root().map(Unit::id).orElse(null), Role.ADMIN);
        }
        return (person == null ? Optional.<Membership>empty() : members.membershipsOf(person).stream().findFirst())
                .map(latest -> new Place(latest.branch(), latest.role()))
                .orElse(new Place(null, Role.GUEST));
    }
}
