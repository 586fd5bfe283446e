package vn.chidoan.core.features.fee;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A branch's fee terms from month {@code from} on: the monthly amount of each {@link Category}, the
 * category of a member nobody placed, the {@link Cycle}, the deadline (a day 1–28 of the period's last
 * month, or {@link #LAST_DAY}) and the share passed up to the upper level, in percent. A change makes a
 * new version from the month it is made in; months before keep the terms they had, so what was owed for a
 * past period never changes.
 */
record Terms(YearMonth from, long low, long income, Category defaultCategory, Cycle cycle, int deadlineDay,
        int sharePercent) {
    static final int LAST_DAY = 0;
    static final int LATEST_DAY = 28;
    static final long DEFAULT_LOW = 2_000;
    static final long DEFAULT_INCOME = 5_000;

    Terms {
        if (low <= 0 || income <= 0) {
            throw new IllegalArgumentException("amounts are positive: " + low + ", " + income);
        }
        if (deadlineDay < LAST_DAY || deadlineDay > LATEST_DAY) {
            throw new IllegalArgumentException("a deadline is day 1-28 or the last: " + deadlineDay);
        }
        if (sharePercent < 0 || sharePercent > 100) {
            throw new IllegalArgumentException("a share is 0-100 %: " + sharePercent);
        }
    }

    /** The usual terms: 2.000 đ and 5.000 đ a month, members without income by default, monthly, by the month's end. */
    static Terms defaults(YearMonth from) {
        return new Terms(from, DEFAULT_LOW, DEFAULT_INCOME, Category.LOW, Cycle.MONTHLY, LAST_DAY, 0);
    }

    long amount(Category category) {
        return category == Category.INCOME ? income : low;
    }

    /** The period {@code month} is collected in under these terms. */
    FeePeriod period(YearMonth month) {
        return cycle == Cycle.MONTHLY ? FeePeriod.month(month) : FeePeriod.quarterOf(month);
    }

    /** The day by which {@code month}'s fee is due: the deadline in its period's last month. */
    LocalDate deadline(YearMonth month) {
        YearMonth last = period(month).last();
        return deadlineDay == LAST_DAY ? last.atEndOfMonth() : last.atDay(deadlineDay);
    }

    Terms from(YearMonth month) {
        return new Terms(month, low, income, defaultCategory, cycle, deadlineDay, sharePercent);
    }

    Terms withAmount(Category category, long amount) {
        return category == Category.INCOME
                ? new Terms(from, low, amount, defaultCategory, cycle, deadlineDay, sharePercent)
                : new Terms(from, amount, income, defaultCategory, cycle, deadlineDay, sharePercent);
    }

    Terms withDefaultCategory(Category category) {
        return new Terms(from, low, income, category, cycle, deadlineDay, sharePercent);
    }

    Terms withCycle(Cycle to) {
        return new Terms(from, low, income, defaultCategory, to, deadlineDay, sharePercent);
    }

    Terms withDeadlineDay(int day) {
        return new Terms(from, low, income, defaultCategory, cycle, day, sharePercent);
    }

    Terms withShare(int percent) {
        return new Terms(from, low, income, defaultCategory, cycle, deadlineDay, percent);
    }
}
