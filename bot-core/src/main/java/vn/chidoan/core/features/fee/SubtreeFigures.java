package vn.chidoan.core.features.fee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Fees over an officer's subtree for a span of months, per branch and per unit below the officer's:
 * members, what was due so far, what was collected, what was passed up. Read in a fixed number of queries
 * however many branches (the subtree, the memberships, the books, their members, the span's records and
 * remittances), then summed in memory: a province of 4,700 branches is one pass, not 4,700.
 */
@Component
class SubtreeFigures {

    /** One branch's figures; {@code open} is false when its BCH never opened a fee book. */
    record Row(Unit branch, Unit parent, int members, boolean open, long expected, long collected, long passedUp) {
        int rate() {
            return expected == 0 ? 0 : (int) Math.round(100.0 * collected / expected);
        }
    }

    /** A unit's total over every branch below it. */
    record Total(Unit unit, int branches, int members, long expected, long collected, long passedUp) {
        int rate() {
            return expected == 0 ? 0 : (int) Math.round(100.0 * collected / expected);
        }
    }

    /** The figures of a subtree: its top unit, a total per unit directly below it, a row per branch. */
    record Figures(Unit top, FeePeriod span, List<Total> units, List<Row> branches, Total all) {
    }

    private final Organisation org;
    private final Books books;

    SubtreeFigures(Organisation org, Books books) {
        this.org = org;
        this.books = books;
    }

    Figures of(UnitId top, FeePeriod span) {
        List<Unit> units = org.unitsWithin(top);
        Map<UnitId, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, u -> u));
        List<UnitId> branchIds = units.stream().filter(u -> u.kind().isBranch()).map(Unit::id).toList();
        Map<UnitId, List<Membership>> memberships = books.memberships(branchIds);
        Map<UnitId, Ledger> ledgers = books.ledgers(memberships, branchIds, span);
        Map<UnitId, Long> passed = new HashMap<>();
        books.remittances.of(branchIds, span).forEach(r -> passed.merge(r.branch(), r.amount(), Long::sum));
        List<Row> rows = new ArrayList<>();
        for (UnitId id : branchIds) {
            Ledger ledger = ledgers.get(id);
            Unit branch = byId.get(id);
            rows.add(new Row(branch, branch.parent() == null ? null : byId.get(branch.parent()),
                    memberships.getOrDefault(id, List.of()).size(), ledger != null,
                    ledger == null ? 0 : ledger.expected(span), ledger == null ? 0 : ledger.collected(span),
                    passed.getOrDefault(id, 0L)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.parent() == null ? "" : r.parent().name())
                .thenComparing(r -> r.branch().name()));
        Unit unit = byId.get(top);
        List<Total> totals = new ArrayList<>();
        for (Unit child : units.stream().filter(u -> top.equals(u.parent())).sorted(Comparator.comparing(Unit::name))
                .toList()) {
            totals.add(total(child, rows.stream().filter(r -> r.branch().within(child.id())).toList()));
        }
        return new Figures(unit, span, totals, rows, total(unit, rows));
    }

    private static Total total(Unit unit, List<Row> rows) {
        return new Total(unit, rows.size(), rows.stream().mapToInt(Row::members).sum(),
                rows.stream().mapToLong(Row::expected).sum(), rows.stream().mapToLong(Row::collected).sum(),
                rows.stream().mapToLong(Row::passedUp).sum());
    }
}
