package vn.chidoan.core.kernel.chat;

import java.util.Map;

/**
 * Port: which units are branches (chi đoàn), the only units that have members, meetings and
 * settings. Every write onto a branch asks it first. Implemented by the organisation.
 */
public interface Branches {

    boolean isBranch(UnitId unit);

    /**
     * The guard of every write onto a branch (a member, a meeting, a setting): {@link BadInput} when
     * the unit is none, or a province, district or grassroots union.
     */
    default UnitId requireBranch(UnitId unit) {
        if (unit == null || !isBranch(unit)) {
            throw new BadInput("pipeline.branch.required", Map.of());
        }
        return unit;
    }
}
