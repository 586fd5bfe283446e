package vn.chidoan.core.features.fee;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.text.MoneyInput;

/**
 * Corrections, always with a reason: {@code /doanphi huy <số phiếu> <lý do>} takes a record back;
 * {@code /doanphi sua <số phiếu> <số tiền> <lý do>} takes it back and records what was really paid for the
 * same months. The book keeps every record; the answer names the new ones.
 */
@Component
class FixWords {
    static final String EXAMPLE = "/doanphi sua 12 3k nộp thiếu";

    private final Books books;
    private final Fees fees;
    private final Marks marks;
    private final StatusMessages names;

    FixWords(Books books, Fees fees, Marks marks, StatusMessages names) {
        this.books = books;
        this.fees = fees;
        this.marks = marks;
        this.names = names;
    }

    void voidRecord(CommandContext ctx, String args) {
        String[] words = args.strip().split("\\s+", 2);
        if (!words[0].matches("#?\\d{1,9}") || words.length < 2) {
            throw new BadInput("fee.fix.usage");
        }
        Ledger ledger = ledger(ctx);
        long number = Long.parseLong(words[0].replace("#", ""));
        Payment back = marks.voidRecord(ledger, ctx.caller(), "in:" + ctx.replies().eventKey(), number, words[1]);
        Payment wrong = ledger.payment(number).orElseThrow();
        ctx.replies().say("fee.fix.voided", Map.of("number", number, "void", back.number(),
                "name", names.name(wrong.person()), "amount", Words.money(wrong.total()), "reason", back.reason()));
    }

    void correct(CommandContext ctx, String args) {
        String[] words = args.strip().split("\\s+", 3);
        if (words.length < 3 || !words[0].matches("#?\\d{1,9}")) {
            throw new BadInput("fee.fix.usage");
        }
        long amount = MoneyInput.amount(words[1], MarkWords.MAX_PAYMENT, false, EXAMPLE);
        Ledger ledger = ledger(ctx);
        long number = Long.parseLong(words[0].replace("#", ""));
        List<Payment> made = marks.correct(ledger, ctx.caller(), "in:" + ctx.replies().eventKey(), number, amount,
                words[2]);
        Payment fixed = made.get(1);
        Words texts = Words.of(ctx.replies());
        ctx.replies().say("fee.fix.corrected", Map.of("number", number, "void", made.get(0).number(),
                "fixed", fixed.number(), "name", names.name(fixed.person()), "amount", Words.money(fixed.total()),
                "periods", texts.periods(RequestMessages.periods(ledger.book(), fixed.lines())),
                "reason", fixed.reason()));
    }

    private Ledger ledger(CommandContext ctx) {
        Book book = fees.book(Overview.branchOf(ctx.caller()));
        fees.requireLead(ctx.caller(), book.branch());
        return books.ledger(book);
    }
}
