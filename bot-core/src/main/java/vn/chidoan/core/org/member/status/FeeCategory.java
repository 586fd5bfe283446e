package vn.chidoan.core.org.member.status;

import java.util.Locale;

/**
 * A member's fee level as their record gives it: {@link #LOW} for pupils, students and members without
 * an income, {@link #INCOME} for members with one. The fee feature decides the amounts.
 */
public enum FeeCategory {
    LOW, INCOME;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
