package vn.chidoan.core.org.unit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A subtree seen from its top, for a report's totals per sub-unit: each unit below the top counts for
 * the unit right under the top on its way up (a district for a branch of a province). Made from one
 * read of the subtree ({@link Organisation#unitsWithin}), so rolling up thousands of branches reads
 * nothing more.
 */
public final class SubUnits {
    private final UnitId top;
    private final Map<UnitId, Unit> units = new LinkedHashMap<>();

    private SubUnits(UnitId top, List<Unit> within) {
        this.top = top;
        within.forEach(unit -> units.put(unit.id(), unit));
    }

    public static SubUnits of(UnitId top, List<Unit> within) {
        return new SubUnits(top, within);
    }

    /** The units right under the top, by name (the top itself when it has none, as a branch). */
    public List<Unit> all() {
        List<Unit> children = units.values().stream().filter(u -> top.equals(u.parent()))
                .sorted(Comparator.comparing(Unit::name)).toList();
        return children.isEmpty() ? Optional.ofNullable(units.get(top)).stream().toList() : children;
    }

    /** The sub-unit a unit of the subtree counts for; empty for a unit outside it. */
    public Optional<Unit> of(UnitId unit) {
        Unit found = units.get(unit);
        if (found == null || !found.within(top)) {
            return Optional.empty();
        }
        if (found.id().equals(top) || top.equals(found.parent())) {
            return Optional.of(found);
        }
        int below = found.ancestors().indexOf(top) + 1;
        return Optional.ofNullable(units.get(found.ancestors().get(below)));
    }

    /** A unit's name, or its id when it is not in the subtree. */
    public String name(UnitId unit) {
        Unit found = units.get(unit);
        return found == null ? unit.value() : found.name();
    }
}
