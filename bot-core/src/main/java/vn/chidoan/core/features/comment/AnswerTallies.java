package vn.chidoan.core.features.comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.SubUnits;

/**
 * Counts answers against the rosters as they are now: a member who commented counts as commented
 * whatever else they pressed; "no comment" counts as an answer; everyone else on the roster is silent.
 * A post to a province is counted from one read of the subtree's units and one of its memberships,
 * whatever the number of branches; only the commenters' names are read one by one.
 */
@Component
class AnswerTallies {
    private final Comments comments;
    private final Members members;
    private final Organisation org;

    AnswerTallies(Comments comments, Members members, Organisation org) {
        this.comments = comments;
        this.members = members;
        this.org = org;
    }

    /** The branch's members who have neither commented nor said they have none. */
    List<RosterEntry> silent(CommentPost post, UnitId branch) {
        Set<PersonId> answered = new HashSet<>(comments.store().passers(post.number()));
        comments.store().standing(post.number()).forEach(c -> answered.add(c.person()));
        return members.roster(branch).stream().filter(entry -> !answered.contains(entry.person())).toList();
    }

    Results results(CommentPost post) {
        List<Comment> standing = comments.store().standing(post.number());
        Set<PersonId> commenters = new HashSet<>();
        standing.forEach(c -> commenters.add(c.person()));
        Set<PersonId> passers = comments.store().passers(post.number());
        SubUnits units = SubUnits.of(post.origin(), org.unitsWithin(post.origin()));
        Map<UnitId, List<PersonId>> rosters = members.activeMembers(post.branches());
        List<Results.Tally> tallies = new ArrayList<>();
        for (UnitId branch : post.branches()) {
            List<PersonId> roster = rosters.getOrDefault(branch, List.of());
            int commented = (int) roster.stream().filter(commenters::contains).count();
            int passed = (int) roster.stream().filter(p -> !commenters.contains(p) && passers.contains(p)).count();
            tallies.add(new Results.Tally(units.name(branch), branch, 1, roster.size(), commented, passed));
        }
        Map<PersonId, String> names = new HashMap<>();
        List<Results.Line> lines = standing.stream().map(c -> new Results.Line(c,
                post.anonymous() ? null : names.computeIfAbsent(c.person(), this::nameOf),
                units.name(c.branch()))).toList();
        return new Results(post, tallies, lines);
    }

    /** The branches' counts summed per unit right under the post's origin (a district of a province). */
    List<Results.Tally> bySubUnit(Results results) {
        SubUnits units = SubUnits.of(results.post().origin(), org.unitsWithin(results.post().origin()));
        Map<UnitId, Results.Tally> sums = new LinkedHashMap<>();
        units.all().forEach(u -> sums.put(u.id(), new Results.Tally(u.name(), u.id(), 0, 0, 0, 0)));
        for (Results.Tally branch : results.branches()) {
            units.of(branch.unit()).ifPresent(u -> sums.computeIfPresent(u.id(), (id, sum) -> sum.plus(branch)));
        }
        return sums.values().stream().filter(t -> t.branches() > 0).toList();
    }

    private String nameOf(PersonId person) {
        return members.person(person).map(Person::name).orElse("");
    }
}
