package vn.chidoan.core.org.unit;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BranchChoices;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * The branches someone may act on: read in one query of names (a province's few
 * thousand fit in memory), filtered and paged here so that "thon dong" finds "Thôn Đông".
 */
@Component
class OrgBranches implements BranchChoices {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final Organisation org;
    private final Members members;

    OrgBranches(Organisation org, Members members) {
        this.org = org;
        this.members = members;
    }

    @Override
    public Page choices(Caller caller, Role least, String search, int page, int size) {
        String plain = plain(search);
        List<Unit> all = candidates(caller, least).stream()
                .filter(unit -> plain.isEmpty() || plain(unit.name()).contains(plain))
                .map(unit -> Map.entry(VIETNAMESE.getCollationKey(unit.name()), unit)) // a key each, not per comparison
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<Unit> onPage = all.subList(Math.min(all.size(), shown * size), Math.min(all.size(), (shown + 1) * size));
        return new Page(labelled(onPage, all), shown, pages, all.size());
    }

    private static String plain(String text) {
        return DateInput.plain(text).replaceAll("\\s+", " ");
    }

    /** Each branch by its name, and a name two branches share followed by the unit each is in. */
    private List<Choice> labelled(List<Unit> onPage, List<Unit> all) {
        Map<String, Long> names = all.stream().collect(Collectors.groupingBy(Unit::name, Collectors.counting()));
        Set<UnitId> parents = onPage.stream().filter(u -> names.get(u.name()) > 1 && u.parent() != null)
                .map(Unit::parent).collect(Collectors.toSet());
        Map<UnitId, String> parentNames = parents.isEmpty() ? Map.of() : org.units().byIds(parents).stream()
                .collect(Collectors.toMap(Unit::id, Unit::name));
        return onPage.stream().map(u -> new Choice(u.id(), parentNames.containsKey(u.parent())
                ? u.name() + " · " + parentNames.get(u.parent()) : u.name())).toList();
    }

    private List<Unit> candidates(Caller caller, Role least) {
        if (caller.admin()) {
            return org.units().branchNames(List.of(), List.of(), true);
        }
        if (least.atLeast(Role.ADMIN) || caller.person() == null) {
            return List.of();
        }
        List<UnitId> own = members.membershipsOf(caller.person()).stream().filter(m -> m.role().atLeast(least))
                .map(Membership::branch).toList();
        if (caller.officerOf().isEmpty() && own.isEmpty()) {
            return List.of();
        }
        return org.units().branchNames(caller.officerOf(), own, false); // an officer is one on every branch below
    }
}
