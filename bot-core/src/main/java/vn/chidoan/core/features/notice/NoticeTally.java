package vn.chidoan.core.features.notice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Where a notice stands, worked out from a handful of reads however many branches it reached: the units
 * of its subtree (names, and the sub-unit each branch is under), the receipts, the names of those who
 * acknowledged, and the notices that passed it on.
 */
@Component
class NoticeTally {
    private final Notices notices;
    private final Organisation org;
    private final Members members;

    NoticeTally(Notices notices, Organisation org, Members members) {
        this.notices = notices;
        this.org = org;
        this.members = members;
    }

    /** A branch's answer: the sub-unit it is under, who acknowledged and when, how many members saw it. */
    record Branch(String subUnit, String name, ReceiptStore.Receipt receipt, String ackedBy) {
        boolean acked() {
            return receipt != null && receipt.acked();
        }

        int seen() {
            return receipt == null ? 0 : receipt.seen().size();
        }
    }

    /** One sub-unit's branches: how many, how many acknowledged, how many members saw it. */
    record SubUnit(String name, int branches, int acked, int seen) {
        int notYet() {
            return branches - acked;
        }
    }

    record Result(Notice notice, List<Branch> branches, List<SubUnit> subUnits, List<Notice> forwards) {
        int acked() {
            return (int) branches.stream().filter(Branch::acked).count();
        }

        int seen() {
            return branches.stream().mapToInt(Branch::seen).sum();
        }

        List<Branch> notYet() {
            return branches.stream().filter(b -> !b.acked()).toList();
        }
    }

    Result of(Notice notice) {
        Map<UnitId, Unit> units = org.unitsWithin(notice.origin()).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<UnitId, ReceiptStore.Receipt> receipts = notices.receipts().of(notice.number()).stream()
                .collect(Collectors.toMap(ReceiptStore.Receipt::branchId, Function.identity()));
        Map<PersonId, Person> ackers = members.people(receipts.values().stream().filter(r -> r.ackedBy() != null)
                .map(r -> new PersonId(r.ackedBy())).toList());
        List<Branch> branches = new ArrayList<>();
        for (UnitId id : notice.branches()) {
            Unit unit = units.get(id);
            ReceiptStore.Receipt receipt = receipts.get(id);
            Person acker = receipt == null || receipt.ackedBy() == null ? null : ackers.get(new PersonId(receipt.ackedBy()));
            branches.add(new Branch(subUnit(notice.origin(), unit, units), unit == null ? id.value() : unit.name(),
                    receipt, acker == null ? null : acker.name()));
        }
        branches.sort(Comparator.comparing(Branch::subUnit).thenComparing(Branch::name));
        Map<String, List<Branch>> bySubUnit = branches.stream()
                .collect(Collectors.groupingBy(Branch::subUnit, LinkedHashMap::new, Collectors.toList()));
        List<SubUnit> subUnits = bySubUnit.entrySet().stream().map(e -> new SubUnit(e.getKey(), e.getValue().size(),
                (int) e.getValue().stream().filter(Branch::acked).count(),
                e.getValue().stream().mapToInt(Branch::seen).sum())).toList();
        return new Result(notice, branches, subUnits, notices.forwardsOf(notice.number()));
    }

    /** The unit directly below the origin that the branch is in (the branch itself when directly below). */
    private static String subUnit(UnitId origin, Unit branch, Map<UnitId, Unit> units) {
        if (branch == null) {
            return "";
        }
        int at = branch.ancestors().indexOf(origin);
        if (at < 0 || at == branch.ancestors().size() - 1) {
            return branch.name();
        }
        Unit below = units.get(branch.ancestors().get(at + 1));
        return below == null ? branch.name() : below.name();
    }
}
