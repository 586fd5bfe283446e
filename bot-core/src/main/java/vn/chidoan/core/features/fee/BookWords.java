package vn.chidoan.core.features.fee;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.MoneyInput;

/**
 * The BCH's words about the book as a whole: {@code xuat [kỳ|năm]} (the book as .xlsx, this year by
 * default), {@code no} (who owes what, as {@code /doanphi_no}), {@code capnop <kỳ> <số tiền>} (money passed
 * up to the upper level). What names people and amounts goes to the caller's private chat.
 */
@Component
class BookWords {
    static final String REMIT_EXAMPLE = "/doanphi capnop quý 4 15k";

    private final Books books;
    private final Fees fees;
    private final BookReplies replies;
    private final PrivateChannel channel;

    BookWords(Books books, Fees fees, BookReplies replies, PrivateChannel channel) {
        this.books = books;
        this.fees = fees;
        this.replies = replies;
        this.channel = channel;
    }

    void export(CommandContext ctx, String args) {
        Ledger ledger = ledger(ctx);
        FeePeriod span = args.isBlank() ? FeePeriod.year(ledger.current().getYear())
                : PeriodInput.read(args, ledger.current()).orElseThrow(() -> new BadInput("fee.period.bad",
                        Map.of("text", args.strip())));
        privately(ctx).ifPresent(own -> replies.export(own, ledger, span));
    }

    void owed(CommandContext ctx) {
        Ledger ledger = ledger(ctx);
        privately(ctx).ifPresent(own -> replies.owed(own, ledger));
    }

    void remit(CommandContext ctx, String args) {
        Ledger ledger = ledger(ctx);
        Optional<PeriodInput.Found> found = PeriodInput.find(args, ledger.current());
        if (found.isEmpty() || found.get().rest().isBlank()) {
            throw new BadInput("fee.remit.usage");
        }
        long amount = MoneyInput.amount(found.get().rest(), MarkWords.MAX_PAYMENT * 1_000, false, REMIT_EXAMPLE);
        FeePeriod period = found.get().period();
        books.remittances.add("in:" + ctx.replies().eventKey(), new RemittanceStore.Remittance(ledger.book().branch(),
                period, amount, ctx.caller().person(), books.clock().instant()));
        long total = books.remittances.of(List.of(ledger.book().branch()), period).stream()
                .filter(r -> r.period().equals(period)).mapToLong(RemittanceStore.Remittance::amount).sum();
        long collected = ledger.collected(period);
        int share = ledger.book().terms(period.last()).sharePercent();
        Words words = Words.of(ctx.replies());
        ctx.replies().say("fee.remit.done", Map.of("period", words.period(period), "amount", Words.money(amount),
                "total", Words.money(total), "collected", Words.money(collected), "share", share,
                "expected", Words.money(collected * share / 100)));
    }

    private Ledger ledger(CommandContext ctx) {
        Book book = fees.book(Overview.branchOf(ctx.caller()));
        fees.requireLead(ctx.caller(), book.branch());
        return books.ledger(book);
    }

    private Optional<Replies> privately(CommandContext ctx) {
        Optional<Replies> own = channel.of(ctx);
        if (own.isEmpty()) {
            ctx.replies().say("fee.status.start_first");
        } else if (ctx.message().kind() == ChatKind.GROUP) {
            ctx.replies().say("fee.sent_private");
        }
        return own;
    }
}
