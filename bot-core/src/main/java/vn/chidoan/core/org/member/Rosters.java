package vn.chidoan.core.org.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.roster.MembershipStore;
import vn.chidoan.core.org.member.roster.RosterEntry;

/** Branches' rosters read from the memberships and the persons, for {@link Members}. */
final class Rosters {
    private final PersonStore persons;
    private final MembershipStore memberships;

    Rosters(PersonStore persons, MembershipStore memberships) {
        this.persons = persons;
        this.memberships = memberships;
    }

    /** The branch's active members, numbered from 1 in the order they joined. */
    List<RosterEntry> roster(UnitId branch) {
        List<MembershipStore.MembershipDoc> docs = memberships.roster(branch.value());
        List<String> ids = docs.stream().map(MembershipStore.MembershipDoc::person).toList();
        Map<String, PersonStore.PersonDoc> people = persons.byIds(ids).stream()
                .collect(Collectors.toMap(PersonStore.PersonDoc::id, Function.identity()));
        Set<String> withAccounts = persons.withAccounts(ids);
        List<RosterEntry> roster = new ArrayList<>();
        for (MembershipStore.MembershipDoc doc : docs) {
            PersonStore.PersonDoc person = people.get(doc.person());
            String name = person == null ? null : person.name();
            roster.add(new RosterEntry(roster.size() + 1, new PersonId(doc.person()), name, doc.role(),
                    withAccounts.contains(doc.person())));
        }
        return roster;
    }

    /** The active members of each branch, in roster order, from one read of the memberships. */
    Map<UnitId, List<PersonId>> activeMembers(Collection<UnitId> branches) {
        Map<UnitId, List<PersonId>> members = new LinkedHashMap<>();
        for (MembershipStore.MembershipDoc doc : memberships.rosters(branches.stream().map(UnitId::value).toList())) {
            members.computeIfAbsent(new UnitId(doc.branch()), b -> new ArrayList<>()).add(new PersonId(doc.person()));
        }
        return members;
    }

    /** The roster line at {@code number}; {@link BadInput} {@code member.roster.no_such_number} if none. */
    RosterEntry entry(UnitId branch, int number) {
        List<RosterEntry> roster = roster(branch);
        if (number < 1 || number > roster.size()) {
            throw new BadInput("member.roster.no_such_number", Map.of("number", number, "count", roster.size()));
        }
        return roster.get(number - 1);
    }
}
