package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * Fees for evaluation, {@code /toi} and reports (topic {@code fee}), over the months a period touches: per
 * branch, {@code fee.collected} (collected out of what was due so far) and {@code fee.passed_up} (money
 * passed up); per member, {@code fee.paid} (paid out of what was due so far). Money is whole đồng.
 */
@Component
class FeeFigures implements ActivityFigures {
    static final String TOPIC = "fee";
    static final String COLLECTED = TOPIC + ".collected";
    static final String PASSED_UP = TOPIC + ".passed_up";
    static final String PAID = TOPIC + ".paid";

    private final Books books;

    FeeFigures(Books books) {
        this.books = books;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<UnitId, List<Figure>> branches(Collection<UnitId> branches, DatePeriod period) {
        FeePeriod span = span(period);
        Map<UnitId, List<Membership>> memberships = books.memberships(branches);
        Map<UnitId, Long> passed = new HashMap<>();
        books.remittances.of(branches, span).forEach(r -> passed.merge(r.branch(), r.amount(), Long::sum));
        Map<UnitId, List<Figure>> figures = new HashMap<>();
        books.ledgers(memberships, branches, span).forEach((branch, ledger) -> figures.put(branch, List.of(
                Figure.ratio(COLLECTED, Math.max(0, ledger.collected(span)), ledger.expected(span)),
                Figure.count(PASSED_UP, Math.max(0, passed.getOrDefault(branch, 0L))))));
        return figures;
    }

    @Override
    public Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period) {
        FeePeriod span = span(period);
        Map<PersonId, List<Figure>> figures = new HashMap<>();
        books.book(branch).map(books::ledger).ifPresent(ledger -> ledger.statements().forEach(s -> {
            long due = s.months().stream().filter(m -> m.billed() && span.contains(m.month()))
                    .mapToLong(Ledger.Month::due).sum();
            figures.put(s.member().person(), List.of(Figure.ratio(PAID,
                    Math.max(0, ledger.paidBy(s.member().person(), span)), due)));
        }));
        return figures;
    }

    /** The months a period touches: from its first day's month to its last day's. */
    static FeePeriod span(DatePeriod period) {
        return new FeePeriod(YearMonth.from(period.from()), YearMonth.from(period.until().minusDays(1)));
    }
}
