package vn.chidoan.core.features.fee;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.audience.PrivateReminders;

/**
 * What a fee reminder does when it fires: works out, now, who owes (a member who paid in full or whose
 * "Tôi đã nộp" waits for the BCH is left out) and sends each of them, privately, what they owe and the
 * VietQR code for it, keyed by the occurrence and chat so a resumed firing sends nobody a second message.
 * It is an ordinary message, not an account update: on Messenger outside the 24-hour window the outbox
 * sends it to the member's linked Telegram or holds it until they write. Members working away are left to
 * the quarter's last month ({@link WorkingAway}). Then the book's next reminders are planned.
 */
@Component
class OwedReminders {
    private final Books books;
    private final StatusMessages messages;
    private final FeeReminders planner;
    private final PrivateReminders privately;
    private final Texts texts;
    private final WorkingAway away;

    OwedReminders(Books books, StatusMessages messages, FeeReminders planner, PrivateReminders privately,
            Texts texts, WorkingAway away) {
        this.away = away;
        this.books = books;
        this.messages = messages;
        this.planner = planner;
        this.privately = privately;
        this.texts = texts;
    }

    void remind(Reminder reminder, Occurrence occurrence) {
        Optional<Book> book = books.book(reminder.unit());
        if (book.isEmpty()) {
            return;
        }
        Ledger ledger = books.ledger(book.get());
        Set<PersonId> later = FeePeriod.parse(reminder.target().substring(reminder.target().indexOf(':') + 1))
                .map(period -> away.waitForQuarterEnd(book.get().branch(), period, LocalDate.now(books.clock())))
                .orElse(Set.of());
        Map<PersonId, Ledger.Statement> owing = ledger.statements().stream().filter(s -> s.owed() > 0)
                .filter(s -> !later.contains(s.member().person()))
                .collect(Collectors.toMap(s -> s.member().person(), s -> s, (a, b) -> a, LinkedHashMap::new));
        LocalDate deadline = occurrence.event().atZone(zone()).toLocalDate();
        privately.send(reminder, occurrence, owing.keySet(), Priority.BULK, (person, lang) -> messages
                .reminder(ledger, owing.get(person), deadline, Words.of(texts, lang)));
        planner.plan(book.get());
    }

    private ZoneId zone() {
        return books.clock().getZone();
    }
}
