package vn.chidoan.core.features.fee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.pipeline.Arguments;

/**
 * What the BCH records in a book: a member paid a period (picked from the roster, in reply to them, by
 * roster number, or all at once), and corrections. A correction is new records with the reason: the
 * mistaken record is taken back by a {@link Payment.Kind#VOID} and, when the amount was wrong, what was
 * really paid is recorded again; nothing is overwritten. Each write is keyed by its cause.
 */
@Component
class Marks {
    static final int REASON_MIN = 3;
    static final int REASON_MAX = 200;

    private final Books books;
    private final Fees fees;

    Marks(Books books, Fees fees) {
        this.books = books;
        this.fees = fees;
    }

    /**
     * Records that the member paid for {@code period}: what remains of each of its months, or
     * {@code amount} spread over them (each month filled in turn, any excess on the last). Empty when
     * nothing remains and no amount was given.
     */
    Optional<Payment> mark(Ledger ledger, Caller caller, String source, Ledger.Member member, FeePeriod period,
            Long amount, Payment.Kind kind) {
        fees.requireLead(caller, ledger.book().branch());
        List<Ledger.Month> months = ledger.months(member, period);
        if (months.isEmpty()) {
            throw new BadInput("fee.mark.before_start", Map.of("start", FeePeriod.month(ledger.book().start()).label()));
        }
        List<Line> lines = amount == null ? remaining(months) : spread(months, amount);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(record(ledger, caller, source, member, lines, kind, null, null));
    }

    /** Takes record {@code number} back with the reason. */
    Payment voidRecord(Ledger ledger, Caller caller, String source, long number, String reason) {
        fees.requireLead(caller, ledger.book().branch());
        Optional<Payment> replay = books.payments.bySource(source + ":void");
        if (replay.isPresent()) {
            return replay.get();
        }
        Payment wrong = standing(ledger, number);
        List<Line> back = wrong.lines().stream().map(l -> new Line(l.month(), -l.amount())).toList();
        return books.payments.add(new Payment(wrong.branch(), books.books.nextRecord(wrong.branch()), wrong.person(),
                back, Payment.Kind.VOID, caller.person(), books.clock().instant(), reason(reason), wrong.number()),
                source + ":void");
    }

    /** Takes record {@code number} back and records {@code amount} for its months instead, with the reason. */
    List<Payment> correct(Ledger ledger, Caller caller, String source, long number, long amount, String reason) {
        Optional<Payment> replay = books.payments.bySource(source + ":fix");
        if (replay.isPresent()) {
            return List.of(books.payments.bySource(source + ":void").orElseThrow(), replay.get());
        }
        String why = reason(reason);
        Payment back = voidRecord(ledger, caller, source, number, why);
        Payment wrong = ledger.payment(number).orElseThrow();
        Ledger.Member member = ledger.statements().stream().map(Ledger.Statement::member)
                .filter(m -> m.person().equals(wrong.person())).findFirst()
                .orElseThrow(() -> new BadInput("fee.fix.not_member", Map.of("number", number)));
        boolean takenBackAlready = ledger.voided(wrong); // a replay after the void was written
        List<Ledger.Month> months = new ArrayList<>();
        for (Line line : wrong.lines()) {
            Ledger.Month m = ledger.month(member, line.month());
            long paid = takenBackAlready ? m.paid() : m.paid() - line.amount();
            months.add(new Ledger.Month(m.month(), m.period(), m.due(), paid, false, m.deadline(), m.billed()));
        }
        Payment fixed = record(ledger, caller, source + ":fix", member, spread(months, amount),
                Payment.Kind.CORRECTION, why, number);
        return List.of(back, fixed);
    }

    private Payment record(Ledger ledger, Caller caller, String source, Ledger.Member member, List<Line> lines,
            Payment.Kind kind, String reason, Long corrects) {
        return books.payments.bySource(source).orElseGet(() -> books.payments.add(new Payment(ledger.book().branch(),
                books.books.nextRecord(ledger.book().branch()), member.person(), lines, kind, caller.person(),
                books.clock().instant(), reason, corrects), source));
    }

    private static Payment standing(Ledger ledger, long number) {
        Payment payment = ledger.payment(number)
                .orElseThrow(() -> new BadInput("fee.fix.no_such_record", Map.of("number", number)));
        if (payment.kind() == Payment.Kind.VOID || ledger.voided(payment)) {
            throw new BadInput("fee.fix.already_void", Map.of("number", number));
        }
        if (payment.person() == null) {
            throw new BadInput("fee.fix.not_member", Map.of("number", number));
        }
        return payment;
    }

    private static String reason(String typed) {
        return Arguments.name(typed, REASON_MIN, REASON_MAX, "fee.fix.no_reason");
    }

    static List<Line> remaining(List<Ledger.Month> months) {
        return months.stream().filter(m -> m.remaining() > 0).map(m -> new Line(m.month(), m.remaining())).toList();
    }

    /** {@code amount} over the months in turn, each up to what remains of it, the excess on the last. */
    static List<Line> spread(List<Ledger.Month> months, long amount) {
        List<Line> lines = new ArrayList<>();
        long left = amount;
        for (int i = 0; i < months.size() && left > 0; i++) {
            Ledger.Month month = months.get(i);
            long part = i == months.size() - 1 ? left : Math.min(left, month.remaining());
            if (part > 0) {
                lines.add(new Line(month.month(), part));
                left -= part;
            }
        }
        return lines;
    }
}
