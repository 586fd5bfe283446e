package vn.chidoan.core.features.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * A branch's fee book worked out at one moment from what is stored: for each active member, month by
 * month from when they began to owe (the book's first month, or the month they joined) to the end of the
 * period running now, what was due under that month's terms and their category then, what was paid, and
 * whether a "Tôi đã nộp" waits for the BCH. Totals for any span of months include the money of members
 * who left or erased their data.
 */
final class Ledger {

    /** An active member of the branch: name and roster number where they are shown (null elsewhere). */
    record Member(PersonId person, String name, int number, YearMonth joined, FeeMember fee) {
    }

    /** One month of one member: due, paid, whether a request covers it, its period and deadline. */
    record Month(YearMonth month, FeePeriod period, long due, long paid, boolean pending, LocalDate deadline,
            boolean billed) {
        long remaining() {
            return Math.max(0, due - paid);
        }

        /** Billed, not fully paid, and not waiting for the BCH: what reminders and the VietQR amount are about. */
        boolean owing() {
            return billed && !pending && remaining() > 0;
        }
    }

    /** A member's months, oldest first. */
    record Statement(Member member, Category category, List<Month> months) {
        long owed() {
            return owing().stream().mapToLong(Month::remaining).sum();
        }

        List<Month> owing() {
            return months.stream().filter(Month::owing).toList();
        }

        boolean waiting() {
            return months.stream().anyMatch(Month::pending);
        }

        /** The months grouped by the period they are collected in, in order. */
        List<List<Month>> periods() {
            Map<FeePeriod, List<Month>> grouped = new LinkedHashMap<>();
            months.forEach(m -> grouped.computeIfAbsent(m.period(), p -> new ArrayList<>()).add(m));
            return List.copyOf(grouped.values());
        }
    }

    private final Book book;
    private final YearMonth current;
    private final List<Payment> payments;
    private final Set<Long> voided = new HashSet<>();
    private final Map<PersonId, Map<YearMonth, Long>> paid = new HashMap<>();
    private final Map<PersonId, Set<YearMonth>> waiting = new HashMap<>();
    private final List<Statement> statements = new ArrayList<>();

    private Ledger(Book book, YearMonth current, List<Payment> payments, List<FeeRequest> pending) {
        this.book = book;
        this.current = current;
        this.payments = List.copyOf(payments);
        for (Payment payment : payments) {
            if (payment.kind() == Payment.Kind.VOID && payment.corrects() != null) {
                voided.add(payment.corrects());
            }
            if (payment.person() != null) {
                Map<YearMonth, Long> theirs = paid.computeIfAbsent(payment.person(), p -> new HashMap<>());
                payment.lines().forEach(line -> theirs.merge(line.month(), line.amount(), Long::sum));
            }
        }
        pending.forEach(r -> waiting.computeIfAbsent(r.person(), p -> new HashSet<>()).addAll(Line.months(r.lines())));
    }

    static Ledger of(Book book, YearMonth current, List<Member> members, List<Payment> payments,
            List<FeeRequest> pending) {
        Ledger ledger = new Ledger(book, current, payments, pending);
        YearMonth horizon = book.horizon(current);
        for (Member member : members) {
            Map<YearMonth, Long> theirs = ledger.paid.getOrDefault(member.person(), Map.of());
            YearMonth last = theirs.keySet().stream().filter(m -> theirs.get(m) != 0).max(YearMonth::compareTo)
                    .filter(m -> m.isAfter(horizon)).orElse(horizon);
            List<Month> months = new ArrayList<>();
            for (YearMonth m = ledger.first(member); !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(ledger.month(member, m));
            }
            ledger.statements.add(new Statement(member, member.fee().category(current, book.terms(current)),
                    List.copyOf(months)));
        }
        return ledger;
    }

    /** The member's first month in the book: the book's first, or the month they joined if later. */
    YearMonth first(Member member) {
        return member.joined() == null || member.joined().isBefore(book.start()) ? book.start() : member.joined();
    }

    /** One month of the member's, billed or not yet (a month paid ahead, a period marked in advance). */
    Month month(Member member, YearMonth m) {
        Terms terms = book.terms(m);
        return new Month(m, terms.period(m), terms.amount(member.fee().category(m, terms)),
                paid.getOrDefault(member.person(), Map.of()).getOrDefault(m, 0L),
                waiting.getOrDefault(member.person(), Set.of()).contains(m), terms.deadline(m),
                !m.isAfter(book.horizon(current)));
    }

    /** The member's months in {@code period} from their first month on, billed or not. */
    List<Month> months(Member member, FeePeriod period) {
        return period.months().stream().filter(m -> !m.isBefore(first(member))).map(m -> month(member, m)).toList();
    }

    Book book() {
        return book;
    }

    YearMonth current() {
        return current;
    }

    /** The period running now. */
    FeePeriod currentPeriod() {
        return book.terms(current).period(current);
    }

    List<Statement> statements() {
        return List.copyOf(statements);
    }

    Optional<Statement> of(PersonId person) {
        return statements.stream().filter(s -> s.member().person().equals(person)).findFirst();
    }

    /** Every record of the book, oldest first. */
    List<Payment> payments() {
        return payments;
    }

    /** Whether a later record took this payment back. */
    boolean voided(Payment payment) {
        return voided.contains(payment.number());
    }

    Optional<Payment> payment(long number) {
        return payments.stream().filter(p -> p.number() == number).findFirst();
    }

    /** The records that stand (not taken back, not themselves a taking back) with money for these months. */
    List<Payment> standing(PersonId person, FeePeriod period) {
        return payments.stream().filter(p -> person.equals(p.person()) && p.kind() != Payment.Kind.VOID
                && !voided(p) && p.lines().stream().anyMatch(l -> period.contains(l.month()))).toList();
    }

    /** Money recorded for months of {@code span}, whoever paid it (members who left or were erased too). */
    long collected(FeePeriod span) {
        return payments.stream().flatMap(p -> p.lines().stream()).filter(l -> span.contains(l.month()))
                .mapToLong(Line::amount).sum();
    }

    /** What the branch's active members owed so far for months of {@code span}. */
    long expected(FeePeriod span) {
        return statements.stream().flatMap(s -> s.months().stream()).filter(m -> m.billed() && span.contains(m.month()))
                .mapToLong(Month::due).sum();
    }

    /** What active members paid for months of {@code span}. */
    long paidBy(PersonId person, FeePeriod span) {
        return of(person).map(s -> s.months().stream().filter(m -> span.contains(m.month())).mapToLong(Month::paid)
                .sum()).orElse(0L);
    }
}
