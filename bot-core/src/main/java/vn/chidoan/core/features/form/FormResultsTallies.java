package vn.chidoan.core.features.form;

import java.util.ArrayList;
import java.util.Comparator;
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
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Counts a form's registrations against the branches' members as they are now (the memberships of every
 * branch in one read), and lists the sent registrations with their names and places.
 */
@Component
class FormResultsTallies {
    private final Forms forms;
    private final Members members;
    private final Organisation org;

    FormResultsTallies(Forms forms, Members members, Organisation org) {
        this.forms = forms;
        this.members = members;
        this.org = org;
    }

    FormResults results(Form form, List<UnitId> branches) {
        Set<UnitId> shown = new HashSet<>(branches);
        List<Registration> sent = forms.registrations().ofForm(form.number()).stream()
                .filter(r -> r.answered() && shown.contains(r.branch())).toList();
        Map<UnitId, List<PersonId>> rosters = members.activeMembers(branches);
        Map<UnitId, String> names = new HashMap<>();
        List<FormResults.Tally> tallies = new ArrayList<>();
        for (UnitId branch : branches) {
            String name = org.unit(branch).map(Unit::name).orElse(branch.value());
            names.put(branch, name);
            List<Registration> theirs = sent.stream().filter(r -> r.branch().equals(branch)).toList();
            tallies.add(new FormResults.Tally(name, rosters.getOrDefault(branch, List.of()).size(),
                    count(theirs, Registration.Status.REGISTERED), count(theirs, Registration.Status.WAITING),
                    count(theirs, Registration.Status.WITHDRAWN)));
        }
        List<FormResults.Line> lines = sent.stream().map(r -> line(form, r, names)).sorted(ORDER).toList();
        return new FormResults(form, tallies, lines);
    }

    private FormResults.Line line(Form form, Registration registration, Map<UnitId, String> branches) {
        Seats.Standing standing = Seats.Standing.of(form, registration.person());
        String name = members.person(registration.person()).map(Person::name).orElse("?");
        boolean standingNow = registration.standing();
        return new FormResults.Line(registration, name, branches.getOrDefault(registration.branch(), ""),
                standingNow ? standing.place() : 0, standingNow ? standing.position() : 0);
    }

    /** Places in the order taken, then the waitlist in order, then withdrawals; within each by time sent. */
    private static final Comparator<FormResults.Line> ORDER = Comparator
            .comparingInt((FormResults.Line l) -> l.registration().status().ordinal())
            .thenComparingInt(l -> l.place() + l.position())
            .thenComparing(l -> l.registration().submittedAt() == null ? java.time.Instant.MAX
                    : l.registration().submittedAt());

    private static int count(List<Registration> registrations, Registration.Status status) {
        return (int) registrations.stream().filter(r -> r.status() == status).count();
    }
}
