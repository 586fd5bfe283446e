package vn.chidoan.core.org.member.status;

import java.util.Locale;

/**
 * Where a member stands: {@link #ACTIVE} in their branch; away but still on its roster
 * ({@link #WORKING_AWAY} đi làm ăn xa, {@link #RESIDING_ELSEWHERE} sinh hoạt nơi cư trú,
 * {@link #TEMPORARY} sinh hoạt tạm thời); or off the roster with their record kept
 * ({@link #MATURED_OUT} trưởng thành Đoàn, {@link #REMOVED} xóa tên).
 */
public enum MemberStatus {
    ACTIVE, WORKING_AWAY, RESIDING_ELSEWHERE, TEMPORARY, MATURED_OUT, REMOVED;

    /** Whether a member with this status is on the branch's roster. */
    public boolean onRoster() {
        return this != MATURED_OUT && this != REMOVED;
    }

    /** The word in templates: {@code active}, {@code working_away}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
