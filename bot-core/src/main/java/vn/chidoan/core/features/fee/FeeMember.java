package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A member in a branch's fee book: their code (mã đoàn viên in the book, {@code DV42}, which a transfer's
 * memo carries so the treasurer knows whose money came in) and the categories the BCH placed them in, each
 * from a month on (a change never reaches back into months already owed).
 */
record FeeMember(UnitId branch, PersonId person, long code, List<Placement> placements) {

    /** From {@code from} on, the member is in {@code category}. */
    record Placement(YearMonth from, Category category) {
    }

    FeeMember {
        placements = placements.stream().sorted(Comparator.comparing(Placement::from)).toList();
    }

    /** The member's category in {@code month}: the BCH's latest placement by then, or the branch's default. */
    Category category(YearMonth month, Terms terms) {
        Category found = null;
        for (Placement placement : placements) {
            if (!placement.from().isAfter(month)) {
                found = placement.category();
            }
        }
        return found == null ? terms.defaultCategory() : found;
    }

    /** The code as members and memos show it. */
    String codeText() {
        return code(code);
    }

    static String code(long code) {
        return "DV" + code;
    }
}
