package vn.chidoan.core.features.fee;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.reminder.OffsetTexts;
import vn.chidoan.core.org.reminder.Reminders;

/**
 * What the BCH reads about a book: its settings with how to change each and the latest changes (who, when,
 * what); who owes what with the totals; the book as an .xlsx file.
 */
@Component
class BookReplies {
    static final int CHANGES_SHOWN = 5;

    private final Books books;
    private final StatusMessages names;
    private final BookExport export;
    private final Reminders reminders;
    private final Clock clock;

    BookReplies(Books books, StatusMessages names, BookExport export, Reminders reminders, Clock clock) {
        this.books = books;
        this.names = names;
        this.export = export;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** The settings of the branch's book, or the usual ones it would open with. */
    void settings(Replies replies, UnitId branch) {
        books.book(branch).ifPresentOrElse(book -> settings(replies, book), () -> {
            YearMonth month = books.currentMonth();
            replies.say("fee.settings.show", settingsModel(replies, branch, Terms.defaults(month), null, false));
        });
    }

    void settings(Replies replies, Book book) {
        Map<String, Object> model = settingsModel(replies, book.branch(), book.terms(books.currentMonth()),
                book.account(), true);
        List<Map<String, Object>> changes = ChangeTexts.lines(books.changes.latest(book.branch(), CHANGES_SHOWN),
                Words.of(replies), names::name, clock.getZone());
        if (!changes.isEmpty()) {
            model.put("changes", changes);
        }
        replies.say("fee.settings.show", model);
    }

    private Map<String, Object> settingsModel(Replies replies, UnitId branch, Terms terms, BankAccount account,
            boolean open) {
        Words words = Words.of(replies);
        Map<String, Object> model = new HashMap<>();
        model.put("branch", names.branchName(branch));
        model.put("open", open);
        model.put("low", Words.money(terms.low()));
        model.put("income", Words.money(terms.income()));
        model.put("defaultCategory", words.category(terms.defaultCategory()));
        model.put("cycle", words.cycle(terms.cycle()));
        model.put("deadline", words.deadline(terms));
        model.put("share", terms.sharePercent());
        model.put("offsets", OffsetTexts.of(replies, reminders.settings(branch).offsetsFor(FeeReminders.KIND)));
        model.put("month", words.period(FeePeriod.month(books.currentMonth())));
        if (account != null) {
            model.put("account", Map.of("bank", account.bank(), "number", account.number(), "holder", account.holder()));
        }
        return model;
    }

    /** Who owes what now (and who waits for the BCH), with the totals. */
    void owed(Replies replies, Ledger ledger) {
        Words words = Words.of(replies);
        List<Ledger.Statement> owing = ledger.statements().stream().filter(s -> s.owed() > 0).toList();
        List<Map<String, Object>> lines = owing.stream().map(s -> line(s, words)).toList();
        List<Map<String, Object>> waiting = ledger.statements().stream().filter(Ledger.Statement::waiting)
                .map(s -> line(s, words)).toList();
        FeePeriod period = ledger.currentPeriod();
        Map<String, Object> model = new HashMap<>();
        model.put("branch", names.branchName(ledger.book().branch()));
        model.put("period", words.period(period));
        model.put("deadline", Words.date(ledger.book().terms(period.last()).deadline(period.last())));
        model.put("lines", lines);
        model.put("count", owing.size());
        model.put("total", Words.money(owing.stream().mapToLong(Ledger.Statement::owed).sum()));
        model.put("none", owing.isEmpty());
        if (!waiting.isEmpty()) {
            model.put("waiting", waiting);
        }
        model.put("collected", Words.money(ledger.collected(period)));
        model.put("expected", Words.money(ledger.expected(period)));
        replies.say("fee.owed.text", model);
    }

    /** The book of {@code span} as an .xlsx file. */
    void export(Replies replies, Ledger ledger, FeePeriod span) {
        Words words = Words.of(replies);
        Spreadsheet file = export.book(ledger, span, words);
        replies.send(OutgoingMessage.text(replies.render("fee.export.file", Map.of("branch",
                names.branchName(ledger.book().branch()), "period", words.period(span), "file", file.fileName())))
                .withAttachment(file.toAttachment()));
    }

    private static Map<String, Object> line(Ledger.Statement s, Words words) {
        Map<String, Object> line = new HashMap<>();
        line.put("number", s.member().number());
        line.put("name", s.member().name() == null ? "#" + s.member().number() : s.member().name());
        line.put("code", s.member().fee().codeText());
        line.put("owed", Words.money(s.owed()));
        line.put("periods", words.periodsOf(s.owing()));
        return line;
    }
}
