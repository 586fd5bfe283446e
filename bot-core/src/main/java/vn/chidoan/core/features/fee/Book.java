package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A branch's fee book: its short number (for buttons), the month it was opened (nobody owes a month
 * before), its terms by month and the account members transfer to (null until the BCH gives one).
 */
record Book(UnitId branch, long number, YearMonth start, List<Terms> terms, BankAccount account) {
    Book {
        terms = terms.stream().sorted(Comparator.comparing(Terms::from)).toList();
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a book has terms");
        }
    }

    /** The terms of {@code month}: the latest version from that month or before it. */
    Terms terms(YearMonth month) {
        Terms found = terms.get(0);
        for (Terms version : terms) {
            if (!version.from().isAfter(month)) {
                found = version;
            }
        }
        return found;
    }

    /** The last month billed by {@code current}: the end of the period {@code current} is in. */
    YearMonth horizon(YearMonth current) {
        return terms(current).period(current).last();
    }
}
