package vn.chidoan.core.features.comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import vn.chidoan.core.org.unit.Unit;

/**
 * Counts answers against the rosters as they are now: a member who commented counts as commented
 * whatever else they pressed; "no comment" counts as an answer; everyone else on the roster is silent.
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
        Map<PersonId, String> names = new HashMap<>();
        Map<UnitId, String> branchNames = new HashMap<>();
        List<Results.Tally> tallies = new ArrayList<>();
        for (UnitId branch : post.branches()) {
            String name = org.unit(branch).map(Unit::name).orElse(branch.value());
            branchNames.put(branch, name);
            List<RosterEntry> roster = members.roster(branch);
            roster.forEach(entry -> names.put(entry.person(), entry.name()));
            int commented = (int) roster.stream().filter(e -> commenters.contains(e.person())).count();
            int passed = (int) roster.stream().filter(e -> !commenters.contains(e.person())
                    && passers.contains(e.person())).count();
            tallies.add(new Results.Tally(name, roster.size(), commented, passed));
        }
        List<Results.Line> lines = standing.stream().map(c -> new Results.Line(c,
                post.anonymous() ? null : names.computeIfAbsent(c.person(), this::nameOf),
                branchNames.getOrDefault(c.branch(), ""))).toList();
        return new Results(post, tallies, lines);
    }

    private String nameOf(PersonId person) {
        return members.person(person).map(Person::name).orElse("");
    }
}
