package vn.chidoan.core.features.fee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.MoneyInput;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;

/**
 * {@code /doanphi nop …}: the BCH records payments by typing. In reply to a member's message,
 * {@code /doanphi nop} records that member; otherwise roster numbers ({@code /doanphi nop 3, 5 T12}); a
 * period (default: the one running now) and an amount ({@code 3k}; default: what remains) may follow. A
 * line about the whole branch ("cả chi đoàn đã nộp quý 4 trừ 3, 7") goes to {@link BulkMarks}.
 */
@Component
class MarkWords {
    static final long MAX_PAYMENT = 12 * Limits.MAX_MONTHLY_FEE;
    static final String EXAMPLE = "/doanphi nop 3 T12 5k";
    private static final Set<String> FILLERS = Set.of("da", "nop", "danop", "ky", "cho", "so", "va", "roi");

    private final Books books;
    private final Fees fees;
    private final Marks marks;
    private final BulkMarks bulk;
    private final Members members;

    MarkWords(Books books, Fees fees, Marks marks, BulkMarks bulk, Members members) {
        this.books = books;
        this.fees = fees;
        this.marks = marks;
        this.bulk = bulk;
        this.members = members;
    }

    /** Whether the line is about the whole branch at once. */
    static boolean aboutEveryone(String typed) {
        String plain = " " + DateInput.plain(typed).replaceAll("[^a-z0-9]+", " ") + " ";
        return plain.contains(" ca chi doan ") || plain.contains(" tat ca ") || plain.contains(" moi nguoi ")
                || plain.contains(" ca lop ");
    }

    void mark(CommandContext ctx, String args) {
        Book book = fees.book(Overview.branchOf(ctx.caller()));
        fees.requireLead(ctx.caller(), book.branch());
        Ledger ledger = books.ledger(book);
        if (aboutEveryone(args)) {
            bulk.start(ctx, ledger, args);
            return;
        }
        Optional<PeriodInput.Found> found = PeriodInput.find(args, ledger.current());
        FeePeriod period = found.map(PeriodInput.Found::period).orElse(ledger.currentPeriod());
        String rest = found.map(PeriodInput.Found::rest).orElse(DateInput.plain(args));
        Long amount = null;
        List<Integer> numbers = new ArrayList<>();
        for (String token : rest.split("[,;\\s]+")) {
            if (token.isEmpty() || FILLERS.contains(token)) {
                continue;
            }
            if (token.matches("\\d{1,3}")) {
                numbers.add(Integer.parseInt(token));
            } else {
                amount = MoneyInput.amount(token, MAX_PAYMENT, false, EXAMPLE);
            }
        }
        List<Ledger.Member> targets = targets(ctx, ledger, numbers);
        for (Ledger.Member member : targets) {
            say(ctx.replies(), ledger, member, period, marks.mark(ledger, ctx.caller(),
                    ctx.keyOf("mark:" + member.person().value()), member, period, amount,
                    Payment.Kind.MARKED));
        }
    }

    private List<Ledger.Member> targets(CommandContext ctx, Ledger ledger, List<Integer> numbers) {
        Speaker repliedTo = ctx.message().repliedTo();
        if (repliedTo != null && numbers.isEmpty()) {
            PersonId person = members.personOf(repliedTo.ref()).map(Person::id)
                    .orElseThrow(() -> new BadInput("fee.mark.not_member"));
            return List.of(ledger.of(person).orElseThrow(() -> new BadInput("fee.mark.not_member")).member());
        }
        if (numbers.isEmpty()) {
            throw new BadInput("fee.mark.usage");
        }
        List<Ledger.Member> targets = new ArrayList<>();
        for (int number : numbers) {
            PersonId person = members.rosterEntry(ledger.book().branch(), number).person();
            ledger.of(person).map(Ledger.Statement::member).filter(m -> !targets.contains(m)).ifPresent(targets::add);
        }
        return targets;
    }

    /** The answer to one recorded payment: its number, who, how much, for what; or that nothing remained. */
    static void say(Replies replies, Ledger ledger, Ledger.Member member, FeePeriod period, Optional<Payment> payment) {
        Words words = Words.of(replies);
        String name = member.name() == null ? "#" + member.number() : member.name();
        if (payment.isEmpty()) {
            replies.say("fee.mark.nothing", Map.of("name", name, "period", words.period(period)));
            return;
        }
        replies.say("fee.mark.done", Map.of("number", payment.get().number(), "name", name,
                "amount", Words.money(payment.get().total()),
                "periods", words.periods(RequestMessages.periods(ledger.book(), payment.get().lines()))));
    }
}
