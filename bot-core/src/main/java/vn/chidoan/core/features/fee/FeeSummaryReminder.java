package vn.chidoan.core.features.fee;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.org.audience.PrivateReminders;

/**
 * Kind {@code fee-summary}: the day after a period's deadline, each member of the branch's BCH gets, in
 * private, who paid the period in full, what came in of what was due, who still owes it (by name) and how
 * many "Tôi đã nộp" wait for them. Once per occurrence (the claim sees to that); worth sending for a week.
 */
@Component
class FeeSummaryReminder implements ReminderKind {
    private final Books books;
    private final Members members;
    private final StatusMessages names;
    private final FeeReminders planner;
    private final PrivateReminders privately;
    private final Texts texts;

    FeeSummaryReminder(Books books, Members members, StatusMessages names, FeeReminders planner,
            PrivateReminders privately, Texts texts) {
        this.books = books;
        this.members = members;
        this.names = names;
        this.planner = planner;
        this.privately = privately;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return FeeReminders.SUMMARY_KIND;
    }

    @Override
    public void fire(Reminder reminder, Occurrence occurrence) {
        Optional<Book> book = books.book(reminder.unit());
        Optional<FeePeriod> period = FeePeriod.parse(reminder.target().substring(reminder.target().indexOf(':') + 1));
        if (book.isEmpty() || period.isEmpty()) {
            return;
        }
        Ledger ledger = books.ledger(book.get());
        List<PersonId> leads = members.roster(reminder.unit()).stream().filter(e -> e.role().atLeast(Role.BCH))
                .map(RosterEntry::person).toList();
        privately.send(reminder, occurrence, leads, Priority.BULK, (lead, lang) -> {
            Words words = Words.of(texts, lang);
            return OutgoingMessage.text(words.render("fee.reminder.summary", model(ledger, period.get(), words)));
        });
        planner.plan(book.get());
    }

    @Override
    public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return occurrence.event().plus(FeeReminders.SUMMARY_USEFUL_FOR);
    }

    private Map<String, Object> model(Ledger ledger, FeePeriod period, Words words) {
        List<Ledger.Statement> all = ledger.statements();
        List<Ledger.Statement> owing = all.stream().filter(s -> remaining(ledger, s, period) > 0).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("branch", names.branchName(ledger.book().branch()));
        model.put("period", words.period(period));
        model.put("deadline", Words.date(ledger.book().terms(period.last()).deadline(period.last())));
        model.put("paid", all.size() - owing.size());
        model.put("members", all.size());
        model.put("collected", Words.money(ledger.collected(period)));
        model.put("expected", Words.money(ledger.expected(period)));
        if (!owing.isEmpty()) {
            model.put("owing", Map.of("count", owing.size(),
                    "total", Words.money(owing.stream().mapToLong(s -> remaining(ledger, s, period)).sum()),
                    "names", String.join(", ", owing.stream().map(s -> s.member().number() + ". " + s.member().name())
                            .toList())));
        }
        long waiting = all.stream().filter(Ledger.Statement::waiting).count();
        if (waiting > 0) {
            model.put("waiting", waiting);
        }
        return model;
    }

    private static long remaining(Ledger ledger, Ledger.Statement statement, FeePeriod period) {
        return ledger.months(statement.member(), period).stream().mapToLong(Ledger.Month::remaining).sum();
    }
}
