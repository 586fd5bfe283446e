package vn.chidoan.core.org.unit;

import java.text.Normalizer;
import java.util.Locale;

/** The levels of the Youth Union; only branches ({@link #CHI_DOAN}) have members and chats. */
public enum UnitKind {
    TINH_DOAN, HUYEN_DOAN, THANH_DOAN, DOAN_KHOI, DOAN_CO_SO, CHI_DOAN;

    public boolean isBranch() {
        return this == CHI_DOAN;
    }

    /** May this unit have sub-units other than branches? */
    boolean hasSubUnits() {
        return this != DOAN_CO_SO && this != CHI_DOAN;
    }

    /**
     * The kind of a sub-unit created below this one: below a province the name tells a city union or a
     * union of agencies from a district union; below those come grassroots unions.
     */
    UnitKind subUnitNamed(String name) {
        if (this != TINH_DOAN) {
            return DOAN_CO_SO;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        if (plain.startsWith("thanh doan")) {
            return THANH_DOAN;
        }
        return plain.startsWith("doan khoi") ? DOAN_KHOI : HUYEN_DOAN;
    }

    /** The template key of the kind's name, {@code org.kind.<kind>}. */
    public String labelKey() {
        return "org.kind." + name().toLowerCase(Locale.ROOT);
    }
}
