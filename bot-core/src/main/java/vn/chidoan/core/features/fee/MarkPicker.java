package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * "Đánh dấu đã nộp": the BCH picks, page by page, the members who have not paid the period running now in
 * full ({@code dpb:p:<book>:<page>}); a press on a name ({@code dpb:k:<code>:<first month>}) records what
 * remains of that period for them. The caller hands the presser's private replies, since it names amounts
 * ({@link BookButtons}: a press in a group the bot cannot answer privately is told how to open that chat).
 */
@Component
class MarkPicker {
    static final int PAGE_SIZE = 8;

    private final Books books;
    private final Marks marks;

    MarkPicker(Books books, Marks marks) {
        this.books = books;
        this.marks = marks;
    }

    /** Shows the picker's {@code page} with {@code replies}, the presser's private chat. */
    void show(Replies replies, Book book, int page) {
        Ledger ledger = books.ledger(book);
        FeePeriod period = ledger.currentPeriod();
        List<Ledger.Statement> left = ledger.statements().stream()
                .filter(s -> ledger.months(s.member(), period).stream().anyMatch(m -> m.remaining() > 0)).toList();
        Words words = Words.of(replies);
        if (left.isEmpty()) {
            replies.say("fee.mark.all_paid", Map.of("period", words.period(period)));
            return;
        }
        int pages = (left.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<List<Button>> rows = new ArrayList<>();
        for (Ledger.Statement s : left.subList(shown * PAGE_SIZE, Math.min(left.size(), (shown + 1) * PAGE_SIZE))) {
            long remaining = ledger.months(s.member(), period).stream().mapToLong(Ledger.Month::remaining).sum();
            String name = s.member().name() == null ? "#" + s.member().number() : s.member().name();
            String label = s.member().number() + ". " + name + " — " + Words.money(remaining) + " đ"
                    + (s.waiting() ? " ⏳" : "");
            rows.add(List.of(Button.action(label, BookButtons.data(BookButtons.MARK,
                    s.member().fee().code() + ":" + period.first().toString().replace("-", "")))));
        }
        if (shown + 1 < pages) {
            rows.add(List.of(Button.action(replies.label("fee.mark.next_button"),
                    BookButtons.data(BookButtons.PAGE, book.number() + ":" + (shown + 1)))));
        }
        replies.send(OutgoingMessage.text(replies.render("fee.mark.pick", Map.of("period", words.period(period),
                "left", left.size(), "page", shown + 1, "pages", pages))).withButtons(rows));
    }

    /** Records the picked member's payment of the period that began in {@code first}. */
    void mark(ButtonContext ctx, FeeMember member, YearMonth first) {
        Book book = books.book(member.branch()).orElseThrow();
        Ledger ledger = books.ledger(book);
        Replies replies = ctx.replies();
        Ledger.Statement statement = ledger.of(member.person()).orElse(null);
        if (statement == null) {
            replies.say("fee.mark.gone");
            return;
        }
        FeePeriod period = book.terms(first).period(first);
        MarkWords.say(replies, ledger, statement.member(), period,
                marks.mark(ledger, ctx.caller(), "in:" + replies.eventKey() + ":mark", statement.member(), period,
                        null, Payment.Kind.MARKED));
    }
}
