package vn.chidoan.core.org.unit;

import java.util.List;
import vn.chidoan.core.kernel.chat.UnitId;

/** A unit of the tree. {@code ancestors} lists every unit above it, the root first. */
public record Unit(UnitId id, String name, UnitKind kind, UnitId parent, List<UnitId> ancestors) {
    public Unit {
        ancestors = List.copyOf(ancestors);
    }

    /** Is this unit {@code other} or below it? */
    public boolean within(UnitId other) {
        return id.equals(other) || ancestors.contains(other);
    }
}
